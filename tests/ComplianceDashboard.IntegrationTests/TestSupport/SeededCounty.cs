using ComplianceDashboard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// A private copy of the seeded demo county (<see cref="SeededDatabase"/>) opened with the app's own EF Core setup,
/// without starting the web host: for tests of queries and services that need real data but no HTTP.
/// </summary>
public sealed class SeededCounty : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));
    private readonly string _connectionString;

    public SeededCounty()
    {
        if (TestDatabase.IsPostgreSql)
        {
            SeededDatabase.CreatePostgreSqlCopy(TestDatabase.NameFor(_folder));
            _connectionString = TestDatabase.ConnectionString(TestDatabase.NameFor(_folder));
            return;
        }
        var path = Path.Combine(_folder, "county.db");
        SeededDatabase.CopyTo(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
    }

    /// <summary>"Today" of the seeded data (the test apps' fixed clock, in Shanghai).</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(TestApp.FixedNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).DateTime);

    public AppDbContext CreateDbContext()
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, TestDatabase.IsPostgreSql ? Web.Infrastructure.DatabaseProvider.PostgreSql : Web.Infrastructure.DatabaseProvider.Sqlite, _connectionString);
        return new AppDbContext(options.Options);
    }

    public void Dispose()
    {
        if (TestDatabase.IsPostgreSql)
        {
            TestDatabase.Drop(TestDatabase.NameFor(_folder));
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

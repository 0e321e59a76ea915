using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace ComplianceDashboard.Migrations.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> (with this project as startup project) build the model for PostgreSQL. The connection string
/// is never opened by <c>migrations add</c>, <c>migrations remove</c> or <c>has-pending-model-changes</c>.
/// </summary>
public sealed class PostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public const string DesignTimeConnectionString = "Host=localhost;Database=design_time;Username=postgres";

    public AppDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, DatabaseProvider.PostgreSql, DesignTimeConnectionString);
        return new AppDbContext(options.Options);
    }
}

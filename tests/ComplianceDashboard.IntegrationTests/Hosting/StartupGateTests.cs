using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure.Startup;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Hosting;

public class StartupGateTests
{
    [SqliteOnlyFact]
    public async Task App_listens_at_once_and_says_it_is_starting_until_the_database_is_ready()
    {
        using var app = new StartingApp();
        Directory.CreateDirectory(app.Folder);
        // Another process holds the database: migrating waits, so the app is caught while starting.
        var locker = new SqliteConnection($"Data Source={Path.Combine(app.Folder, "test.db")};Pooling=False");
        locker.Open();
        Execute(locker, "CREATE TABLE held(x); BEGIN EXCLUSIVE; INSERT INTO held VALUES (1);");

        using var client = app.CreateManualClient();
        var health = await client.GetAsync("/healthz");
        var page = await client.GetAsync("/account/login");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.StartsWith("starting: 正在检查并升级数据库结构", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Contains("正在启动，请稍候", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.True(page.Headers.RetryAfter is not null);

        Execute(locker, "COMMIT;");
        locker.Dispose();
        await app.Services.GetRequiredService<StartupState>().WhenReady.WaitAsync(TimeSpan.FromMinutes(15)); // readiness; the cap only ends a hung start

        health = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("Healthy", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/account/login")).StatusCode);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>No demo county: what is under test is the gate while the database is being migrated, not the seeding after it.</summary>
    private sealed class StartingApp : TestApp
    {
        protected override bool WaitForStartup => false;

        protected override bool DemoEnabled => false;
    }
}

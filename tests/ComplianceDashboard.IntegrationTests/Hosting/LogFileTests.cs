using System.Text.RegularExpressions;
using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceDashboard.IntegrationTests.Hosting;

/// <summary>
/// The app with its own logging (Serilog) and a log folder (outside the app's folder, which goes with the app), as in
/// production; with another number of demo stations than the default it migrates and seeds a new database itself.
/// </summary>
public sealed class LoggingApp(int demoStations = TestApp.DefaultDemoStations) : TestApp
{
    protected override int DemoStations => demoStations;

    public string LogFolder { get; } = Path.Combine(Path.GetTempPath(), "cd-tests", "logs-" + Guid.NewGuid().ToString("N"));

    protected override bool SharedTestLogging => false;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:LogPath", LogFolder);
        builder.UseSetting("App:LogFilesKept", "3");
    }
}

/// <summary>Runs alone: this host's logger factory is its own, not the shared one (TestParallelization.cs).</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class OwnLoggingGroup
{
    public const string Name = "own logging";
}

[Collection(OwnLoggingGroup.Name)]
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public partial class LogFileTests
{
    [Fact]
    public async Task Log_lines_and_requests_land_in_todays_file_one_readable_line_each_and_old_files_are_pruned()
    {
        var app = new LoggingApp();
        try
        {
            Directory.CreateDirectory(app.LogFolder);
            for (var daysAgo = 10; daysAgo >= 6; daysAgo--)
            {
                var old = Path.Combine(app.LogFolder, $"app-{DateTime.Now.AddDays(-daysAgo):yyyyMMdd}.log");
                await File.WriteAllTextAsync(old, "old\n");
                File.SetLastWriteTime(old, DateTime.Now.AddDays(-daysAgo));
            }

            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("ComplianceDashboard.Test").LogWarning("测试日志 {Number}", 42);
            using (var client = app.CreateManualClient())
            {
                await client.GetAsync("/healthz");
                await client.GetAsync("/account/login");
            }
        }
        finally
        {
            app.Dispose(); // flushes and closes the file
        }

        var today = Path.Combine(app.LogFolder, $"app-{DateTime.Now:yyyyMMdd}.log");
        var lines = await File.ReadAllLinesAsync(today);
        var files = Directory.GetFiles(app.LogFolder, "app-*.log").Length;
        Directory.Delete(app.LogFolder, recursive: true);
        Assert.Contains(lines, l => LogLine().IsMatch(l) && l.EndsWith("[WARN] ComplianceDashboard.Test: 测试日志 42", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[INFO] Serilog.AspNetCore.RequestLoggingMiddleware: HTTP GET /account/login responded 200", StringComparison.Ordinal));
        // A monitor's probes do not fill the file: a healthy /healthz is logged at debug level only.
        Assert.DoesNotContain(lines, l => l.Contains("HTTP GET /healthz responded 200", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("[INFO] ComplianceDashboard.Web.Infrastructure.Startup.StartupInitializer: Start-up: ready", StringComparison.Ordinal));
        Assert.Equal(3, files); // App:LogFilesKept: today's and the two newest old ones
    }

    [Fact]
    public async Task A_first_start_on_a_new_database_logs_no_error()
    {
        var app = new LoggingApp(demoStations: 3);
        try
        {
            using var client = app.CreateManualClient();
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
            Assert.Empty(Directory.GetFiles(app.Folder, "*.bak")); // a new database is not backed up
        }
        finally
        {
            app.Dispose();
        }

        var lines = await File.ReadAllLinesAsync(Path.Combine(app.LogFolder, $"app-{DateTime.Now:yyyyMMdd}.log"));
        Directory.Delete(app.LogFolder, recursive: true);
        Assert.Contains(lines, l => l.Contains("Start-up: 首次启动：正在生成演示县公司（3 个供电所）", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("[EROR]", StringComparison.Ordinal) || l.Contains("[FATL]", StringComparison.Ordinal));
        // Nor EF Core's warning about SQLite's table rebuilds (nothing to lose on a new database; an upgrade is backed up).
        Assert.DoesNotContain(lines, l => l.Contains("cannot be executed in a transaction", StringComparison.Ordinal));
    }

    /// <summary>"2026-11-30 10:15:02.123 [INFO] Category: message".</summary>
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d{3} \[[A-Z]{4}\] \S+: ")]
    private static partial Regex LogLine();
}

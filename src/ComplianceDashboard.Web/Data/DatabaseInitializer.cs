using ComplianceDashboard.Web.Features.Demo;
using ComplianceDashboard.Web.Features.Users;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.Web.Data;

/// <summary>
/// Migrates the database before the app serves anything and, when demo data is on, fills an empty one; then
/// creates the roles and the demo users (demo on) or the initial administrator (demo off, no users yet).
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<AppDbContext> factory,
    IOptions<AppOptions> options,
    AppClock clock,
    UserSeeder users,
    Features.Grading.GradingService grading,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="migrateOnly">true for commands such as import: no demo county, no accounts.</param>
    public async Task InitializeAsync(bool migrateOnly = false, CancellationToken ct = default)
    {
        bool seedDemo;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            if (migrateOnly)
            {
                return;
            }
            seedDemo = options.Value.DemoData.Enabled && !await db.Stations.AnyAsync(ct);
        }
        if (seedDemo)
        {
            await SeedDemoCountyAsync(ct);
        }
        await users.SeedAsync(ct);
    }

    private async Task SeedDemoCountyAsync(CancellationToken ct)
    {
        var demo = options.Value.DemoData;
        var started = clock.UtcNow;
        var count = await DemoDataSeeder.SeedAsync(factory, new DemoCountyGenerator(demo.Seed, demo.Stations, clock.Today), ct);
        // The dashboards show score trends: give the demo county the history it would have had.
        await grading.BackfillHistoryAsync([clock.Today.Year - 1, clock.Today.Year], ct);
        LogSeeded(count, (clock.UtcNow - started).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo county created: {Stations} stations in {Seconds:F1} s")]
    private partial void LogSeeded(int stations, double seconds);
}

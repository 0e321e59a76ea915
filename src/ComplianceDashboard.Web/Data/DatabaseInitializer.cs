using ComplianceDashboard.Web.Features.Demo;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.Web.Data;

/// <summary>Migrates the database before the app serves anything and, when demo data is on, fills an empty one.</summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<AppDbContext> factory,
    IOptions<AppOptions> options,
    AppClock clock,
    ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(bool seedDemo = true, CancellationToken ct = default)
    {
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await DatabaseSetup.MigrateAsync(db, ct);
            if (!seedDemo || !options.Value.DemoData.Enabled || await db.Stations.AnyAsync(ct))
            {
                return;
            }
        }
        var demo = options.Value.DemoData;
        var started = clock.UtcNow;
        var count = await DemoDataSeeder.SeedAsync(factory, new DemoCountyGenerator(demo.Seed, demo.Stations, clock.Today), ct);
        LogSeeded(count, (clock.UtcNow - started).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo county created: {Stations} stations in {Seconds:F1} s")]
    private partial void LogSeeded(int stations, double seconds);
}

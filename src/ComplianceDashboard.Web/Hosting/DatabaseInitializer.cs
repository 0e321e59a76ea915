using ComplianceDashboard.Web.Features.Demo;
using ComplianceDashboard.Web.Features.Users;

namespace ComplianceDashboard.Web.Hosting;

/// <summary>
/// Migrates the database before the app serves anything and, when demo data is on, fills an empty one; then
/// creates the roles and the demo users (demo on) or the initial administrator (demo off, no users yet).
/// </summary>
public sealed partial class DatabaseInitializer(
    IDbContextFactory<AppDbContext> factory,
    IOptions<AppOptions> options,
    AppClock clock,
    UserSeeder users,
    Grading.GradingService grading,
    Features.Records.IAttachmentStore attachments,
    ILogger<DatabaseInitializer> logger)
{
    /// <param name="migrateOnly">true for commands such as import: no demo county, no accounts.</param>
    /// <param name="progress">Told what is happening, in Chinese (the start-up page and log show it).</param>
    public async Task InitializeAsync(bool migrateOnly = false, Action<string>? progress = null, CancellationToken ct = default)
    {
        progress ??= _ => { };
        bool seedDemo;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            progress("正在检查并升级数据库结构");
            if (await DatabaseSetup.MigrateAsync(db, ct) is { } backup)
            {
                LogBackedUp(backup);
            }
            if (migrateOnly)
            {
                return;
            }
            seedDemo = options.Value.DemoData.Enabled && !await db.Stations.AnyAsync(ct);
        }
        if (seedDemo)
        {
            await SeedDemoCountyAsync(progress, ct);
        }
        progress("正在创建角色和账户");
        await users.SeedAsync(ct);
    }

    private async Task SeedDemoCountyAsync(Action<string> progress, CancellationToken ct)
    {
        var demo = options.Value.DemoData;
        var started = clock.UtcNow;
        progress($"首次启动：正在生成演示县公司（{demo.Stations} 个供电所）");
        // The demo's reused sign-in sheet, first: an earlier demo database (deleted to start over) may have left it in the
        // attachments folder, where a second save refused to overwrite it and the app stopped with its new county half-made.
        if (!File.Exists(attachments.PathOf(DemoIntegrity.SignInSheetPath)))
        {
            await attachments.SaveAsync(DemoIntegrity.SignInSheetPath, DemoIntegrity.SignInSheet, ct);
        }
        var count = await DemoDataSeeder.SeedAsync(factory, new DemoCountyGenerator(demo.Seed, demo.Stations, clock.Today), ct);
        // The dashboards show score trends: give the demo county the history it would have had.
        progress("首次启动：正在计算各月末的历史评分");
        await grading.BackfillHistoryAsync([clock.Today.Year - 1, clock.Today.Year], ct);
        // The generator writes explicit keys: PostgreSQL's identity sequences must continue after them.
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await DataMigrator.ResetSequencesAsync(db, ct);
        }
        LogSeeded(count, (clock.UtcNow - started).TotalSeconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Database upgraded; its copy from before the upgrade is {Backup}")]
    private partial void LogBackedUp(string backup);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo county created: {Stations} stations in {Seconds:F1} s")]
    private partial void LogSeeded(int stations, double seconds);
}

using Hangfire;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>The nightly recompute of every station's integrity signals: reentrant (it replaces all stored signals).</summary>
[AutomaticRetry(Attempts = 3)]
public sealed class IntegrityNightlyJob(IntegrityRecompute integrity, StartupState startup) : StartupGatedJob(startup)
{
    public const string Id = "nightly-integrity";

    protected override Task RunWhenReadyAsync() => integrity.RecomputeAllAsync();
}

/// <summary>
/// A start-up step: registers the nightly integrity job (cron and time zone from options, like the nightly grading)
/// and, when App:Grading:CatchUpOnStart is on, fills an empty signals table once, so a new database shows its signals
/// without waiting for the night.
/// </summary>
public sealed partial class IntegrityJobsStartup(
    IRecurringJobManager recurring,
    IBackgroundJobClient jobs,
    IOptions<IntegrityOptions> options,
    IOptions<AppOptions> app,
    AppClock clock,
    IServiceScopeFactory scopes,
    ILogger<IntegrityJobsStartup> logger) : IStartupStep
{
    public async Task RunAsync(Action<string> progress, CancellationToken ct)
    {
        progress("正在登记每晚台账真实性检查任务");
        recurring.AddOrUpdate<IntegrityNightlyJob>(IntegrityNightlyJob.Id, job => job.RunAsync(), options.Value.NightlyCron, new RecurringJobOptions
        {
            TimeZone = clock.Zone,
            MisfireHandling = MisfireHandlingMode.Ignorable,
        });
        LogScheduled(options.Value.NightlyCron, clock.Zone.Id);
        if (!app.Value.Grading.CatchUpOnStart)
        {
            return; // like the grading: wait for the night (tests start without it)
        }
        await using var scope = scopes.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        if (!await db.IntegritySignals.AnyAsync(ct))
        {
            jobs.Enqueue<IntegrityNightlyJob>(job => job.RunAsync());
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly integrity signals registered with cron '{Cron}' in {Zone}")]
    private partial void LogScheduled(string cron, string zone);
}

public static class IntegrityExtensions
{
    /// <summary>Evidence integrity signals (台账真实性): options, service, nightly job.</summary>
    public static IHostApplicationBuilder AddIntegrity(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<IntegrityOptions>(IntegrityOptions.Section);
        builder.Services
            .AddSingleton<IntegrityRecompute>()
            .AddScoped<IntegrityService>()
            .AddTransient<IntegrityNightlyJob>()
            .AddSingleton<IStartupStep, IntegrityJobsStartup>();
        return builder;
    }
}

using ComplianceDashboard.Web.Infrastructure.Startup;
using Hangfire;

namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>
/// A start-up step, once the database is ready and before the app is: closes runs a stopped process left in
/// progress (and grades again), and registers the nightly recurring job with the configured cron and time zone —
/// not earlier, so a missed night is not graded while the demo county is still being created.
/// </summary>
public sealed partial class GradingJobsStartup(
    GradingRuns runs,
    IRecurringJobManager recurring,
    IOptions<AppOptions> options,
    AppClock clock,
    ILogger<GradingJobsStartup> logger) : IStartupStep
{
    public async Task RunAsync(Action<string> progress, CancellationToken ct)
    {
        progress("正在登记每晚重算任务");
        var grading = options.Value.Grading;
        recurring.AddOrUpdate<NightlyGradingJob>(NightlyGradingJob.Id, job => job.StartAsync(), grading.NightlyCron, new RecurringJobOptions
        {
            TimeZone = clock.Zone,
            // Relaxed: a night missed while the app was down runs once at start; Ignorable: wait for the next night.
            MisfireHandling = grading.CatchUpOnStart ? MisfireHandlingMode.Relaxed : MisfireHandlingMode.Ignorable,
        });
        LogScheduled(grading.NightlyCron, clock.Zone.Id, grading.CatchUpOnStart);

        if (await runs.CloseInterruptedAsync(ct) > 0)
        {
            await runs.TryStartAsync("resume", ct: ct);
        }
        else if (grading.CatchUpOnStart && !await runs.AnyRunAsync(ct))
        {
            await runs.TryStartAsync("catch-up", ct: ct); // a brand-new database is graded at once
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly grading registered with cron '{Cron}' in {Zone} (catch up missed nights: {CatchUp})")]
    private partial void LogScheduled(string cron, string zone, bool catchUp);
}

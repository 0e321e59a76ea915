using Hangfire;

namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>
/// A start-up step, once the database is ready and before the app is: closes runs a stopped process left in
/// progress (and grades again), and registers the nightly recurring job with the configured cron and time zone —
/// not earlier, so a missed night is not graded while the demo county is still being created. Every server runs it:
/// the registration is an add-or-update of one recurring job id in the shared storage (one job, whatever the number of
/// servers), and a run in progress is closed only when no other server is alive to finish it.
/// </summary>
public sealed partial class GradingJobsStartup(
    GradingRuns runs,
    IRecurringJobManager recurring,
    JobStorage storage,
    JobServerName server,
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

        // Several servers (PostgreSQL): a run in progress is another server's as long as one is alive — its batches
        // are in the shared queue and any worker finishes them (a batch of a server that died is taken again after
        // Hangfire's invisibility timeout). Closing it here would throw that work away at every rolling restart; only a
        // run without any sign of life is closed. SQLite has one server: whatever is in progress was this app's.
        var others = options.Value.Database.Provider == DatabaseProvider.PostgreSql ? OtherServers() : [];
        if (others.Count > 0)
        {
            LogOtherServers(others.Count);
        }
        var closed = others.Count > 0 ? await runs.CloseStalledAsync(NightlyGradingJob.StalledAfter, ct) : await runs.CloseInterruptedAsync(ct);
        if (closed > 0)
        {
            await runs.TryStartAsync("resume", ct: ct);
        }
        else if (grading.CatchUpOnStart && !await runs.AnyRunAsync(ct))
        {
            await runs.TryStartAsync("catch-up", ct: ct); // a brand-new database is graded at once
        }
    }

    /// <summary>Hangfire servers of other hosts in the shared storage (a server that stopped cleanly removed itself; one that died is removed by Hangfire after its server timeout).</summary>
    private List<string> OtherServers() =>
        [.. storage.GetMonitoringApi().Servers().Select(s => s.Name).Where(name => !server.IsThisHost(name))];

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} other job server(s) alive: runs in progress are left to them")]
    private partial void LogOtherServers(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Nightly grading registered with cron '{Cron}' in {Zone} (catch up missed nights: {CatchUp})")]
    private partial void LogScheduled(string cron, string zone, bool catchUp);
}

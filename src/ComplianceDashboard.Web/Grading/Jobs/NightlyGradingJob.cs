using Hangfire;

namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>The recurring job: only records the run and enqueues its batches, so it takes well under a second.</summary>
public sealed class NightlyGradingJob(GradingRuns runs, Infrastructure.Startup.StartupState startup)
{
    public const string Id = "nightly-grading";

    /// <summary>A run with no batch finished for this long is dead (batches take seconds): the nightly start closes it.</summary>
    public static readonly TimeSpan StalledAfter = TimeSpan.FromHours(1);

    // Starting is safe to repeat (a run in progress refuses a second), so a transient error (database busy) is retried.
    [AutomaticRetry(Attempts = 3)]
    public async Task StartAsync()
    {
        await startup.WhenReady; // Hangfire's server starts with the host, before the database is migrated
        await runs.CloseStalledAsync(StalledAfter);
        await runs.TryStartAsync("nightly");
    }
}

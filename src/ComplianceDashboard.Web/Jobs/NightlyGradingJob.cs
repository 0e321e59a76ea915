using Hangfire;

namespace ComplianceDashboard.Web.Jobs;

/// <summary>The recurring job: only records the run and enqueues its batches, so it takes well under a second.</summary>
public sealed class NightlyGradingJob(GradingRuns runs)
{
    public const string Id = "nightly-grading";

    // Starting is safe to repeat (a run in progress refuses a second), so a transient error (database busy) is retried.
    [AutomaticRetry(Attempts = 3)]
    public Task StartAsync() => runs.TryStartAsync("nightly");
}

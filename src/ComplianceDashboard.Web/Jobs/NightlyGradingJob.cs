using Hangfire;

namespace ComplianceDashboard.Web.Jobs;

/// <summary>The recurring job: only records the run and enqueues its batches, so it takes well under a second.</summary>
public sealed class NightlyGradingJob(GradingRuns runs)
{
    public const string Id = "nightly-grading";

    [AutomaticRetry(Attempts = 0)]
    public Task StartAsync() => runs.TryStartAsync("nightly");
}

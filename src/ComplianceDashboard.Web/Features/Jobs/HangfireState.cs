using ComplianceDashboard.Web.Grading.Jobs;
using Hangfire;
using Hangfire.Storage;

namespace ComplianceDashboard.Web.Features.Jobs;

/// <summary>What Hangfire's storage says about the grading jobs: the next nightly run and the jobs waiting or running.</summary>
public sealed class HangfireState(JobStorage storage)
{
    public JobsSnapshot Read()
    {
        using var connection = storage.GetConnection();
        var nightly = connection.GetRecurringJobs([NightlyGradingJob.Id]).FirstOrDefault();
        var monitoring = storage.GetMonitoringApi();
        var enqueued = monitoring.Queues().Sum(q => q.Length);
        return new JobsSnapshot(nightly?.NextExecution, nightly?.LastExecution, enqueued, monitoring.ProcessingCount());
    }
}

/// <param name="NextNightly">UTC</param>
/// <param name="LastNightly">UTC</param>
public sealed record JobsSnapshot(DateTime? NextNightly, DateTime? LastNightly, long Enqueued, long Processing);

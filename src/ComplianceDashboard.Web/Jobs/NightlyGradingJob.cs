using ComplianceDashboard.Web.Features.Grading;
using Quartz;

namespace ComplianceDashboard.Web.Jobs;

/// <summary>Thin Quartz job: the work and its run record live in <see cref="GradingService"/>.</summary>
[DisallowConcurrentExecution]
public sealed class NightlyGradingJob(GradingService grading) : IJob
{
    public static readonly JobKey Key = new("nightly-grading", "grading");
    public const string TriggerDataKey = "trigger";

    public async Task Execute(IJobExecutionContext context)
    {
        var trigger = context.MergedJobDataMap.GetString(TriggerDataKey) ?? "nightly";
        await grading.TryRunAllAsync(trigger, ct: context.CancellationToken);
    }
}

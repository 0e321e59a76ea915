using MudBlazor;

namespace ComplianceDashboard.Web.Features.Jobs;

public static class JobRunsQuery
{
    public static Task<List<JobRun>> LatestAsync(AppDbContext db, int count, CancellationToken ct = default) =>
        db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync(ct);

    /// <summary>Chinese label of a run's trigger.</summary>
    public static string TriggerLabel(string trigger) => trigger switch
    {
        "nightly" => "每晚定时",
        "catch-up" => "启动补跑",
        "resume" => "中断后重跑",
        _ when trigger.StartsWith("manual", StringComparison.Ordinal) => "手动" + (trigger.Length > 7 ? $"（{trigger[7..]}）" : ""),
        _ => trigger,
    };

    public static string StatusLabel(JobRunStatus status) => status switch
    {
        JobRunStatus.Running => "运行中",
        JobRunStatus.Succeeded => "成功",
        JobRunStatus.PartiallyFailed => "部分失败",
        JobRunStatus.Interrupted => "中断",
        _ => "失败",
    };

    public static Color StatusColor(JobRunStatus status) => status switch
    {
        JobRunStatus.Running => Color.Info,
        JobRunStatus.Succeeded => Color.Success,
        JobRunStatus.PartiallyFailed or JobRunStatus.Interrupted => Color.Warning,
        _ => Color.Error,
    };
}

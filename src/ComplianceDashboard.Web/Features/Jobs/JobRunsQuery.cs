using MudBlazor;

namespace ComplianceDashboard.Web.Features.Jobs;

public static class JobRunsQuery
{
    public static Task<List<JobRun>> LatestAsync(AppDbContext db, int count, CancellationToken ct = default) =>
        db.JobRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(count).ToListAsync(ct);

    /// <summary>
    /// For each of the runs, the servers whose workers ran its batches (several app servers on PostgreSQL share the
    /// batches of one run), as "host:process" — Hangfire's server id without its per-start guid.
    /// </summary>
    public static async Task<Dictionary<long, IReadOnlyList<string>>> ServersAsync(AppDbContext db, IReadOnlyCollection<long> runIds, CancellationToken ct = default)
    {
        var rows = await db.JobRunBatches.AsNoTracking().Where(b => runIds.Contains(b.JobRunId) && b.ExecutedBy != null)
            .Select(b => new { b.JobRunId, b.ExecutedBy }).Distinct().ToListAsync(ct);
        return rows.GroupBy(r => r.JobRunId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<string>)[.. g.Select(r => ServerLabel(r.ExecutedBy!)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>"web1.3fa2b1c0:4711:0c6e…" → "web1.3fa2b1c0:4711".</summary>
    public static string ServerLabel(string serverId) =>
        serverId.LastIndexOf(':') is > 0 and var last && serverId.IndexOf(':', StringComparison.Ordinal) < last ? serverId[..last] : serverId;

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

namespace ComplianceDashboard.Domain.Calendar;

public enum ObligationScope
{
    Station,      // one per station
    ServicePoint, // one per active service point
    Supervisor,   // one per supervisor holding the post
}

public enum ObligationStatus
{
    OnTime,        // 按时
    Late,          // 逾期补录
    Missing,       // 缺失
    Pending,       // 未到期
    NotApplicable, // 不适用
}

/// <summary>One cell of the obligation calendar: an obligation, a period and (for per-point / per-person duties) its subject.</summary>
public sealed record ObligationPeriod(
    string ObligationId,
    Period Period,
    DateOnly DueDate,
    ObligationScope Scope,
    int? SubjectId,
    ObligationStatus Status,
    IReadOnlyList<long> RecordIds);

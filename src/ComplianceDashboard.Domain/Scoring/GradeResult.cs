namespace ComplianceDashboard.Domain.Scoring;

public enum PeriodKind { Month, Quarter, HalfYear, Year }

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

public enum RuleKind { All, PerMiss, PerEvent, Bonus }

/// <summary>One calendar period; the due date is its last day unless the scheme grants grace days.</summary>
public readonly record struct Period(PeriodKind Kind, DateOnly Start, DateOnly End)
{
    /// <summary>Stable key: 2025-03, 2025-Q1, 2025-H1, 2025.</summary>
    public string Key => Kind switch
    {
        PeriodKind.Month => $"{Start.Year:D4}-{Start.Month:D2}",
        PeriodKind.Quarter => $"{Start.Year:D4}-Q{(Start.Month - 1) / 3 + 1}",
        PeriodKind.HalfYear => $"{Start.Year:D4}-H{(Start.Month - 1) / 6 + 1}",
        _ => $"{Start.Year:D4}",
    };

    /// <summary>Chinese label used in explanations: 3月, 第一季度, 上半年, 2025年.</summary>
    public string Label => Kind switch
    {
        PeriodKind.Month => $"{Start.Month}月",
        PeriodKind.Quarter => $"第{"一二三四"[(Start.Month - 1) / 3]}季度",
        PeriodKind.HalfYear => Start.Month <= 6 ? "上半年" : "下半年",
        _ => $"{Start.Year}年",
    };
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

/// <summary>Why an item lost points: a missing period, a failed condition or an incident.</summary>
public sealed record ItemGap(
    string Description,
    decimal PointsLost,
    string? ObligationId = null,
    string? PeriodKey = null,
    int? SubjectId = null,
    IReadOnlyList<long>? RecordIds = null);

public sealed record ItemScore(
    string Code,
    string Level1,
    string Level2,
    string Name,
    decimal MaxPoints,
    decimal Points,
    RuleKind Rule,
    decimal RuleUnit,
    bool IsBonus,
    string Explanation,
    IReadOnlyList<long> RecordIds,
    IReadOnlyList<ItemGap> Gaps);

public sealed record GradeBand(string Code, string Label, decimal MinScore);

public sealed record StationGrade(
    int StationId,
    int Year,
    DateOnly AsOf,
    bool IsFinal,
    string SchemeCode,
    string SchemeVersion,
    IReadOnlyList<ItemScore> Items,
    decimal BaseScore,
    decimal BonusScore,
    decimal Total,
    GradeBand Grade,
    IReadOnlyList<ObligationPeriod> Calendar);

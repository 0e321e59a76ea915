namespace ComplianceDashboard.Domain.Scoring;

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

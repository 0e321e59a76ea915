namespace ComplianceDashboard.Domain.Schemes;

/// <summary>A level-2 indicator (二级指标) with the points its label claims; item sums are validated against it.</summary>
public sealed record SchemeLevel2(string Name, decimal Points);

/// <summary>A level-1 indicator (一级指标). <see cref="IsBonus"/> marks 加分项.</summary>
public sealed record SchemeLevel1(string Name, decimal Points, bool IsBonus, IReadOnlyList<SchemeLevel2> Level2);

/// <summary>A recurring duty of the calendar (O1…O14).</summary>
/// <param name="Evidence">Chinese name of the evidence record, used in explanations ("3月缺少{Evidence}").</param>
/// <param name="GraceDays">Days after the period end that still count as on time (0 = due on the last day).</param>
public sealed record ObligationDefinition(
    string Id,
    string Name,
    string Evidence,
    PeriodKind Period,
    ObligationScope Scope,
    IReadOnlyList<RecordKind> RecordKinds,
    int GraceDays);

/// <summary>A named condition check from <see cref="Scoring.Checks.ConditionCheckRegistry"/> with its parameters.</summary>
public sealed record CheckSpec(string Name, CheckParameters Parameters);

/// <summary>One rubric row. <see cref="Unit"/> is the deduction per miss/event (0 for All and Bonus).</summary>
public sealed record RubricItem(
    string Code,
    string Level1,
    string Level2,
    string Name,
    decimal MaxPoints,
    RuleKind Rule,
    decimal Unit,
    bool IsBonus,
    IReadOnlyList<string> Obligations,
    CheckSpec? Check,
    IReadOnlyList<RecordKind> EventKinds)
{
    /// <summary>The seed's 标准分 column where it disagrees with the item text's points (shown as a warning), else null.</summary>
    public decimal? LabelPoints { get; init; }

    /// <summary>组织实施及考核部门 (MD-2006), as data.</summary>
    public IReadOnlyList<string> Departments { get; init; } = [];

    /// <summary>执行单位或部门 (MD-2006), as data.</summary>
    public IReadOnlyList<string> Executors { get; init; } = [];

    /// <summary>Scored by a person (judgement) rather than computed from records or a table.</summary>
    public bool IsJudgement => Rule == RuleKind.Judgement;
}

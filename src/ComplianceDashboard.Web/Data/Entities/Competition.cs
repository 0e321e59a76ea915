namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>The unit types the MD-2006 competition names (seed 002): all belong to the county company.</summary>
public enum CompetitionUnitType
{
    /// <summary>供电所 (农电供电所): linked to a <see cref="Station"/>.</summary>
    PowerSupplyStation,

    /// <summary>营业窗口.</summary>
    BusinessWindow,

    /// <summary>变电站.</summary>
    Substation,

    /// <summary>客服中心.</summary>
    CustomerServiceCentre,
}

/// <summary>
/// A service unit that takes part in one or more schemes' competitions. A 供电所 unit links to its
/// <see cref="Station"/>; its users are the station's users (station scope, ADR-013). Stations keep working
/// unchanged for QL-2022 whether or not a unit links to them.
/// </summary>
public class CompetitionUnit
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public CompetitionUnitType Type { get; set; }
    public int? StationId { get; set; }
    public Station? Station { get; set; }
    public bool IsActive { get; set; } = true;
    public List<CompetitionUnitScheme> Schemes { get; set; } = [];
}

/// <summary>A scheme (by code, e.g. "MD-2006") a unit takes part in.</summary>
public class CompetitionUnitScheme
{
    public int UnitId { get; set; }
    public required string SchemeCode { get; set; }
}

public enum CompetitionRoundStatus
{
    /// <summary>自评: units enter their self-assessment until the deadline.</summary>
    SelfAssessment,

    /// <summary>Units drawn by lot; evaluators score on the spot.</summary>
    Scoring,

    /// <summary>Ranking and results finalised: locked.</summary>
    Finalised,
}

/// <summary>A competition round of a scheme for a year.</summary>
public class CompetitionRound
{
    public int Id { get; set; }
    public required string SchemeCode { get; set; }
    public int Year { get; set; }
    public required string Name { get; set; }
    /// <summary>Last day (local) a unit may save its self-assessment.</summary>
    public DateOnly SelfAssessmentDeadline { get; set; }
    public CompetitionRoundStatus Status { get; set; }
    public int? DrawSeed { get; set; }
    public int? DrawSize { get; set; }
    public DateTime? DrawnAt { get; set; }
    public string? DrawnBy { get; set; }
    public required string CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? FinalisedAt { get; set; }
    public string? FinalisedBy { get; set; }
    public List<CompetitionEntry> Entries { get; set; } = [];
}

/// <summary>A unit in a round: its self-check summary, whether it was drawn, and (when finalised) its result.</summary>
public class CompetitionEntry
{
    public int Id { get; set; }
    public int RoundId { get; set; }
    public CompetitionRound? Round { get; set; }
    public int UnitId { get; set; }
    public CompetitionUnit? Unit { get; set; }
    /// <summary>自查总结.</summary>
    public string SelfCheckSummary { get; set; } = "";
    public DateTime? SelfSubmittedAt { get; set; }
    public string? SelfSubmittedBy { get; set; }
    /// <summary>Position in the draw (1…n), null when not drawn.</summary>
    public int? DrawOrder { get; set; }
    public decimal? FinalTotal { get; set; }
    public int? FinalRank { get; set; }
    public List<CompetitionScore> Scores { get; set; } = [];
}

/// <summary>One judgement item of an entry: the unit's 自评 (with rectification notes) and the evaluator's score (with reason).</summary>
public class CompetitionScore
{
    public int Id { get; set; }
    public int EntryId { get; set; }
    public required string ItemCode { get; set; }
    public decimal? SelfPoints { get; set; }
    /// <summary>整改说明 of the self-assessment.</summary>
    public string SelfNote { get; set; } = "";
    public decimal? Points { get; set; }
    public string Reason { get; set; } = "";
    public string? ScoredBy { get; set; }
    public DateTime? ScoredAt { get; set; }
}

public enum OpinionSource
{
    /// <summary>社会监督员.</summary>
    SocialSupervisor,

    /// <summary>电力客户.</summary>
    Customer,
}

/// <summary>An opinion of a social supervisor or a customer about a unit, collected during the round.</summary>
public class CompetitionOpinion : CompetitionEntryRecord
{
    public OpinionSource Source { get; set; }
    public string Person { get; set; } = "";
    public required string Text { get; set; }
    public bool Satisfied { get; set; }
}

/// <summary>A 95598 spot check from recordings: calls checked, answered within 4 rings, findings.</summary>
public class HotlineSpotCheck : CompetitionEntryRecord
{
    public DateOnly CheckedOn { get; set; }
    public int CallsChecked { get; set; }
    public int AnsweredWithinFourRings { get; set; }
    public string Findings { get; set; } = "";
}

/// <summary>
/// One row of a unit's 服务承诺兑现表 for one month, entered by hand or imported: a rate (threshold rows) or
/// total and unmet (count rows). Rows a registered <c>IFulfilmentCaseSource</c> computes are not stored.
/// </summary>
public class FulfilmentFigure : MonthlyEntity
{
    public int Id { get; set; }
    public int UnitId { get; set; }
    public int RowNumber { get; set; }
    public decimal? Rate { get; set; }
    public int? Total { get; set; }
    public int? Unmet { get; set; }
    public required string UpdatedBy { get; set; }
    public DateTime UpdatedAt { get; set; }
}

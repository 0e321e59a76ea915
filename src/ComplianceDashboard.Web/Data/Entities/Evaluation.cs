namespace ComplianceDashboard.Web.Data.Entities;

public enum EvaluationRoundStatus
{
    Preparing,  // 准备
    InProgress, // 进行中
    Completed,  // 已完成
}

/// <summary>The annual evaluation of one scheme (§6–7): schedule, team, stations in scope, sampling draws.</summary>
public class EvaluationRound
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string SchemeCode { get; set; }
    public required string Name { get; set; }
    public DateOnly StartsOn { get; set; }
    public DateOnly EndsOn { get; set; }
    public EvaluationRoundStatus Status { get; set; }
    /// <summary>Extra item codes that need expert judgement besides 26 and 28, comma-separated ("19,23").</summary>
    public string ExpertItemCodes { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<EvaluationTeamMember> Team { get; set; } = [];
    public List<EvaluationRoundStation> Stations { get; set; } = [];
}

/// <summary>An evaluator on the round's team.</summary>
public class EvaluationTeamMember
{
    public long RoundId { get; set; }
    public required string UserName { get; set; }
    public string DisplayName { get; set; } = "";
}

/// <summary>A station in the round's scope (a new round includes every station).</summary>
public class EvaluationRoundStation
{
    public long RoundId { get; set; }
    public int StationId { get; set; }
    public Station? Station { get; set; }
}

/// <summary>
/// One sampling draw (抽查评议法): the seed, the rule and the sorted candidate ids fix the result, so anyone can
/// repeat it with <c>StationSampler</c>. Re-drawing adds a row; the newest is current.
/// </summary>
public class SamplingDraw
{
    public long Id { get; set; }
    public long RoundId { get; set; }
    public int Seed { get; set; }
    public int SampleSize { get; set; }
    public bool Stratified { get; set; }
    /// <summary>Sorted candidate station ids, comma-separated.</summary>
    public required string CandidateIds { get; set; }
    /// <summary>Candidate id → grade band at draw time ("3:B,5:A"), for a stratified draw.</summary>
    public string Bands { get; set; } = "";
    /// <summary>Drawn station ids in draw order, comma-separated.</summary>
    public required string ResultIds { get; set; }
    public DateTime DrawnAt { get; set; }
    public required string DrawnBy { get; set; }
}

/// <summary>An on-site finding (现场检查发现) at one station during a round.</summary>
public class OnSiteFinding : RoundStationEntity
{
    public long Id { get; set; }
    public DateOnly FoundOn { get; set; }
    public required string Text { get; set; }
    public required string Evaluator { get; set; }
    public DateTime CreatedAt { get; set; }
}

/// <summary>Expert judgement (专家评定) of one item: replaces the engine's points in the finalised result.</summary>
public class ExpertAdjustment : RoundStationEntity
{
    public long Id { get; set; }
    public required string ItemCode { get; set; }
    public decimal Points { get; set; }
    public required string Reason { get; set; }
    public DateTime AdjustedAt { get; set; }
    public required string AdjustedBy { get; set; }
}

/// <summary>评价意见 and 改进建议 for one station in a round.</summary>
public class StationAssessment : RoundStationEntity
{
    public string Opinion { get; set; } = "";
    public string Suggestions { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

public enum CorrectiveActionType
{
    Corrective, // 纠正
    Preventive, // 预防
}

public enum CorrectiveActionStatus
{
    NotStarted, // 未开始
    InProgress, // 进行中
    Done,       // 已完成
}

/// <summary>A corrective or preventive action (§7.3) tracked to closure and re-verified once a year.</summary>
public class CorrectiveAction : RoundStationEntity
{
    public long Id { get; set; }
    public required string Description { get; set; }
    public CorrectiveActionType Type { get; set; }
    public required string Owner { get; set; }
    public DateOnly Deadline { get; set; }
    public CorrectiveActionStatus Status { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string VerificationNote { get; set; } = "";
    /// <summary>Annual re-verification: null = not yet re-verified.</summary>
    public bool? Verified { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    public string VerifiedNote { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    /// <summary>逾期: not done and the deadline has passed.</summary>
    public bool IsOverdue(DateOnly today) => Status != CorrectiveActionStatus.Done && Deadline < today;
}

using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>The discipline committee's yearly supervision plan (监督计划); approved by 纪委 (who, when).</summary>
public class SupervisionPlan
{
    public long Id { get; set; }
    public int Year { get; set; }
    public required string Title { get; set; }
    public string? ApprovedBy { get; set; }
    public DateTime? ApprovedAt { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public List<SupervisionTask> Tasks { get; set; } = [];
}

/// <summary>A key task (重点任务) of a plan: owner, month, target stations, and the inspections that carry it out.</summary>
public class SupervisionTask
{
    public long Id { get; set; }
    public long PlanId { get; set; }
    public required string Title { get; set; }
    public required string Owner { get; set; }
    public int Month { get; set; }
    public List<SupervisionTaskStation> Stations { get; set; } = [];
    public List<SupervisionTaskInspection> Inspections { get; set; } = [];
}

public class SupervisionTaskStation
{
    public long TaskId { get; set; }
    public int StationId { get; set; }
}

/// <summary>An inspection record (QL-2022 evidence: 专项监督检查, 四风检查, …) that carries out a task.</summary>
public class SupervisionTaskInspection
{
    public long TaskId { get; set; }
    public long RecordId { get; set; }
}

/// <summary>
/// A finding (问题) from an inspection record, an on-site evaluation finding or a plan task: responsible station and
/// person, severity, category, required measure and deadline; rectified, closed out (销号) with evidence by a verifier
/// who is not the responsible person, possibly re-opened, then evaluated (整改成效). Every step adds a <see cref="FindingStep"/>.
/// </summary>
public class Finding : AuditedStationEntity, IStepHistoryOwner
{
    public int? ResponsiblePersonId { get; set; }
    public required string ResponsibleName { get; set; }
    public required string Title { get; set; }
    public string Description { get; set; } = "";
    public FindingSeverity Severity { get; set; }
    public FindingCategory Category { get; set; }
    public required string RequiredMeasure { get; set; }
    public DateOnly FoundOn { get; set; }
    public DateOnly Deadline { get; set; }
    public FindingStatus Status { get; set; }

    /// <summary>The inspection record it was found by (QL-2022 evidence), if any.</summary>
    public long? SourceRecordId { get; set; }
    /// <summary>The evaluation round's on-site finding it comes from, if any.</summary>
    public long? SourceOnSiteFindingId { get; set; }
    /// <summary>The plan task whose inspection found it, if any.</summary>
    public long? TaskId { get; set; }

    public DateOnly? ClosedOn { get; set; }
    public string? ClosedBy { get; set; }
    public string? VerifierName { get; set; }
    public int ReopenCount { get; set; }
    public RectificationEffect? Effect { get; set; }
    public string? EffectNote { get; set; }
    public DateOnly? EffectOn { get; set; }

    public int Version { get; set; }

    public List<FindingRectification> Rectifications { get; set; } = [];
    public List<FindingAttachment> Attachments { get; set; } = [];

    public FindingState State() => new(Status, Deadline, ClosedOn, ResponsibleName);
}

/// <summary>One entry of the rectification log: the measures taken on a day.</summary>
public class FindingRectification
{
    public long Id { get; set; }
    public long FindingId { get; set; }
    public DateOnly On { get; set; }
    public required string Measures { get; set; }
    public DateTime RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}

/// <summary>Rectification evidence: a file in the Records feature's attachment store (served by the authorised endpoint).</summary>
public class FindingAttachment : StoredFile
{
    public long FindingId { get; set; }
}

/// <summary>An append-only step of a finding (登记, 整改, 佐证, 销号, 重新打开, 成效评价) with its full state after the step (ADR-005).</summary>
public class FindingStep : HistoryStep
{
    public long FindingId { get; set; }
}

/// <summary>
/// A 信访举报 case. The reporter is NOT here: <see cref="CaseReporter"/> is a separate row that only 纪委领导 read
/// (ADR-014), so no query, export or history of this entity can carry the reporter's identity.
/// </summary>
public class ComplaintCase : IStepHistoryOwner
{
    public long Id { get; set; }
    public required string Number { get; set; }
    public CaseChannel Channel { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public required string Subject { get; set; }
    public string Description { get; set; } = "";
    public int? StationId { get; set; }
    public Station? Station { get; set; }
    /// <summary>The staff concerned (a person of the station), if named.</summary>
    public int? ConcernedPersonId { get; set; }
    public string ConcernedText { get; set; } = "";
    public required string Handler { get; set; }
    public DateOnly AcceptBy { get; set; }
    public DateOnly ConcludeBy { get; set; }
    public CaseStatus Status { get; set; }
    public DateOnly? AcceptedOn { get; set; }
    public CaseOutcome? Outcome { get; set; }
    public string Basis { get; set; } = "";
    public DateOnly? ConcludedOn { get; set; }
    public DateOnly? FeedbackOn { get; set; }
    public string FeedbackNote { get; set; } = "";
    public DateOnly? HigherReplyOn { get; set; }
    public string HigherReplyNote { get; set; } = "";
    /// <summary>The QL-2022 risk record (items 23–25) the case created or was linked to.</summary>
    public long? RiskRecordId { get; set; }
    public bool AnonymousReporter { get; set; }

    public int Version { get; set; }
    public DateTime CreatedAt { get; set; }
    public string CreatedBy { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";

    public CaseState State() => new(Channel, Status, ReceivedOn, AcceptedOn, ConcludedOn, AnonymousReporter);
}

/// <summary>The reporter of a case: read and written only for 纪委领导, never in exports, history or the audit log.</summary>
public class CaseReporter
{
    public long CaseId { get; set; }
    public string Name { get; set; } = "";
    public string Contact { get; set; } = "";
}

/// <summary>An append-only step of a case with its full state after the step (the reporter excluded).</summary>
public class CaseStep : HistoryStep
{
    public long CaseId { get; set; }
}

/// <summary>
/// A finding or a case: each change moves <see cref="Version"/> on and appends a <see cref="HistoryStep"/> of that
/// version. Not mapped (an interface); it lets one helper stamp both.
/// </summary>
public interface IStepHistoryOwner
{
    long Id { get; }
    int Version { get; set; }
    DateTime UpdatedAt { get; set; }
    string UpdatedBy { get; set; }
}

/// <summary>One append-only step of a finding's or case's history: what was done, by whom, and the full state after it (ADR-005).</summary>
public abstract class HistoryStep
{
    public long Id { get; set; }
    public int Version { get; set; }
    public required string Action { get; set; }
    public string Note { get; set; } = "";
    public DateTime At { get; set; }
    public string By { get; set; } = "";
    public required string StateJson { get; set; }
}

/// <summary>A monthly metric target of a station (rate ≥ or count ≤ a value) and its actual.</summary>
public class MetricTarget : StationMonthEntity
{
    public long Id { get; set; }
    public required string Metric { get; set; }
    public TargetComparison Comparison { get; set; }
    public decimal Target { get; set; }
    public decimal? Actual { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string UpdatedBy { get; set; } = "";
}

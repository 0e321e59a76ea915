namespace ComplianceDashboard.Web.Data.Entities;

public enum ReviewStatus
{
    Unreviewed, // 未审核
    Confirmed,  // 已确认
    Rejected,   // 已驳回
}

/// <summary>
/// One evidence record of any kind (single table): the columns a kind does not use stay empty.
/// The rubric engine reads these through <c>StationFactsLoader</c>.
/// </summary>
public class EvidenceRecord : AuditedStationEntity
{
    public RecordKind Kind { get; set; }
    public DateOnly EventDate { get; set; }
    /// <summary>A day inside the period the record is for, when it names an earlier period.</summary>
    public DateOnly? ForPeriod { get; set; }
    public int? ServicePointId { get; set; }
    public ServicePoint? ServicePoint { get; set; }
    public int? PersonId { get; set; }
    public Person? Person { get; set; }
    public required string Title { get; set; }
    public string Content { get; set; } = "";

    /// <summary>Ledger handover: the customer manager who hands the ledger over (PersonId is the supervisor who acknowledges it).</summary>
    public int? HandedOverById { get; set; }
    public Person? HandedOverBy { get; set; }
    /// <summary>Ledger handover: the supervisor acknowledged (签收) it; only an acknowledged handover counts for item 10.</summary>
    public bool Acknowledged { get; set; } = true;
    /// <summary>Supervisor evaluation: 称职 / 基本称职 / 不称职.</summary>
    public EvaluationResult? EvaluationResult { get; set; }

    public int MajorDecisionCount { get; set; }
    public AttendeeCategories Attendees { get; set; }
    public OutageType? OutageType { get; set; }
    public DateTime? OutageStart { get; set; }
    public DateTime? PublishedAt { get; set; }
    public long? AnswersProblemId { get; set; }
    public bool Attributable { get; set; } = true;
    public bool RecognisedByVillagers { get; set; }
    public bool RecognisedByLeadership { get; set; }
    public bool HasClearResults { get; set; }
    public bool PromotedCompanyWide { get; set; }

    public ReviewStatus Review { get; set; }
    public string? ReviewNote { get; set; }
    public DateTime? ReviewedAt { get; set; }
    public string? ReviewedBy { get; set; }

    public int Version { get; set; } = 1;

    /// <summary>Soft delete: the row and its history stay; a global query filter hides it everywhere (ADR-005).</summary>
    public bool IsDeleted { get; set; }

    public List<MeetingAttendance> PresentMembers { get; set; } = [];
    public List<EmergingProblem> EmergingProblems { get; set; } = [];
    public List<Attachment> Attachments { get; set; } = [];
}

public class MeetingAttendance
{
    public long RecordId { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }
}

/// <summary>苗头性问题 found by an inspection; a reminder record answers it (item 19).</summary>
public class EmergingProblem
{
    public long Id { get; set; }
    public long RecordId { get; set; }
    public required string Description { get; set; }
    public DateOnly? CorrectedOn { get; set; }
}

/// <summary>
/// A file kept outside wwwroot in the attachment store and served only through the authorised download endpoint:
/// what every kind of attachment stores (not mapped itself; each owner has its own table).
/// </summary>
public abstract class StoredFile
{
    public long Id { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public long Size { get; set; }
    public required string Sha256 { get; set; }
    public required string StoragePath { get; set; }
    public DateTime UploadedAt { get; set; }
    public string UploadedBy { get; set; } = "";
}

/// <summary>A file attached to an evidence record.</summary>
public class Attachment : StoredFile
{
    public long RecordId { get; set; }
}

public enum ChangeAction { Created, Updated, Deleted }

/// <summary>Every create/edit/delete of a record, with its state before and after as JSON.</summary>
public class RecordChange
{
    public long Id { get; set; }
    public long RecordId { get; set; }
    public int StationId { get; set; }
    public int Version { get; set; }
    public ChangeAction Action { get; set; }
    public DateTime ChangedAt { get; set; }
    public string ChangedBy { get; set; } = "";
    public string? BeforeJson { get; set; }
    public string? AfterJson { get; set; }

    /// <summary>更正原因: required when the record counts in a finalised (locked) annual grade.</summary>
    public string? Reason { get; set; }
}

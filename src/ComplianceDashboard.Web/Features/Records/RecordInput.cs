namespace ComplianceDashboard.Web.Features.Records;

/// <summary>What the record form submits. Fields a kind does not use are ignored (and stored empty).</summary>
public sealed class RecordInput
{
    public int StationId { get; set; }
    public RecordKind Kind { get; set; } = RecordKind.GroupMeeting;
    public DateOnly? EventDate { get; set; }
    /// <summary>First day of the period the record is for; null = the period containing the event date.</summary>
    public DateOnly? ForPeriod { get; set; }
    public int? ServicePointId { get; set; }
    public int? PersonId { get; set; }
    public string Title { get; set; } = "";
    public string Content { get; set; } = "";

    /// <summary>Ledger handover: the customer manager who hands the ledger over (PersonId is the supervisor who acknowledges it).</summary>
    public int? HandedOverById { get; set; }
    /// <summary>Ledger handover: whether the supervisor acknowledged (签收) it; must be stated.</summary>
    public bool? Acknowledged { get; set; }
    /// <summary>Supervisor evaluation: 称职 / 基本称职 / 不称职; must be stated.</summary>
    public EvaluationResult? EvaluationResult { get; set; }

    public IList<int> PresentMemberIds { get; set; } = [];
    public int MajorDecisionCount { get; set; }
    public AttendeeCategories Attendees { get; set; }

    public OutageType? OutageType { get; set; }
    public DateTime? OutageStart { get; set; }
    public DateTime? PublishedAt { get; set; }

    public IList<ProblemInput> EmergingProblems { get; set; } = [];

    public long? AnswersProblemId { get; set; }
    /// <summary>Reminder: the day the answered problem was corrected (整改完成), if it was.</summary>
    public DateOnly? ProblemCorrectedOn { get; set; }

    public bool Attributable { get; set; } = true;
    public bool RecognisedByVillagers { get; set; }
    public bool RecognisedByLeadership { get; set; }
    /// <summary>Innovation: stated yes or no, never assumed (item 28 needs both).</summary>
    public bool? HasClearResults { get; set; }
    public bool? PromotedCompanyWide { get; set; }

    /// <summary>更正原因: required when the record counts in a finalised annual grade.</summary>
    public string? CorrectionReason { get; set; }

    /// <summary>The version the form was loaded from (edits only): a newer version in the database means someone else saved first.</summary>
    public int? ExpectedVersion { get; set; }
}

/// <summary>One emerging problem (苗头性问题) of an inspection; Id is null for a new one.</summary>
public sealed class ProblemInput
{
    public long? Id { get; set; }
    public string Description { get; set; } = "";
    public DateOnly? CorrectedOn { get; set; }
}

/// <summary>
/// The <see cref="CommandResult"/> of a record save: success (with the record id and version), messages per field (key: a
/// <see cref="RecordInput"/> property name, or "" for the whole form), or a <see cref="Duplicate"/> that needs the
/// user's confirmation (then nothing was saved and it has not <see cref="Succeeded"/>).
/// </summary>
public sealed class RecordResult : CommandResult
{
    public override bool Succeeded => base.Succeeded && Duplicate is null;

    /// <summary>
    /// Nothing was saved because the station already has this record for the period (once-per-period duty): the
    /// caller asks the user and saves again with <c>confirmDuplicate</c>.
    /// </summary>
    public DuplicateRecord? Duplicate { get; internal set; }

    public long RecordId { get; internal set; }

    public int Version { get; internal set; }

    /// <inheritdoc cref="CommandResult.Add"/>
    public new RecordResult Add(string field, string message)
    {
        base.Add(field, message);
        return this;
    }
}

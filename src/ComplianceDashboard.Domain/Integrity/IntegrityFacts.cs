namespace ComplianceDashboard.Domain.Integrity;

/// <summary>One evidence record as the integrity signals see it (times are local, Asia/Shanghai).</summary>
public sealed record IntegrityRecordFact
{
    public required long Id { get; init; }
    public required int StationId { get; init; }
    public required RecordKind Kind { get; init; }
    public required DateOnly EventDate { get; init; }

    /// <summary>When the record was entered into the system (CreatedAt, local time).</summary>
    public required DateTime EnteredAt { get; init; }

    /// <summary>Due date of the period the record is for (the event date for records without a period).</summary>
    public required DateOnly DueDate { get; init; }

    /// <summary>Minutes, findings or other free text (title and content).</summary>
    public string Text { get; init; } = "";

    /// <summary>SHA-256 (hex) of every attached file.</summary>
    public IReadOnlyList<string> AttachmentHashes { get; init; } = [];

    /// <summary>People recorded as present (meetings).</summary>
    public IReadOnlyList<int> AttendeeIds { get; init; } = [];

    /// <summary>Meeting start and end when known; null means only the day is known.</summary>
    public DateTime? StartsAt { get; init; }
    public DateTime? EndsAt { get; init; }
}

/// <summary>A span a person held a post (group membership, service-point post, project supervisor).</summary>
public sealed record PostTermFact(int PersonId, DateOnly From, DateOnly? To);

public enum HistoryActionFact { Created, Updated, Deleted }

/// <summary>One row of a record's change history (local time); <paramref name="RecordYear"/> is the year the record counts for.</summary>
public sealed record RecordHistoryFact(long RecordId, int StationId, int RecordYear, HistoryActionFact Action, DateTime ChangedAt, string ChangedBy);

/// <summary>A station-year whose annual grade was finalised (local time).</summary>
public sealed record FinalisationFact(int StationId, int Year, DateTime FinalisedAt);

/// <summary>Everything the signals read: records of the county (for cross-station signals) and the rest.</summary>
public sealed record IntegrityInput
{
    public IReadOnlyList<IntegrityRecordFact> Records { get; init; } = [];
    public IReadOnlyList<PostTermFact> PostTerms { get; init; } = [];
    public IReadOnlyList<RecordHistoryFact> History { get; init; } = [];
    public IReadOnlyList<FinalisationFact> Finalisations { get; init; } = [];

    /// <summary>The day the evaluation round of each year opens.</summary>
    public IReadOnlyDictionary<int, DateOnly> EvaluationOpens { get; init; } = new Dictionary<int, DateOnly>();
}

/// <summary>Thresholds (App:Integrity in the web app).</summary>
public sealed record IntegrityThresholds
{
    /// <summary>Late entry: entered more than this many days after the event date.</summary>
    public int LateEntryDays { get; init; } = 30;

    /// <summary>Burst: the weeks before the evaluation opens, in days.</summary>
    public int BurstWindowDays { get; init; } = 28;

    /// <summary>Burst: smallest share of the year's records entered in the window.</summary>
    public double BurstMinShare { get; init; } = 0.3;

    /// <summary>Burst: the window's pace must be this many times the station's own pace and its share this many times the county's median share.</summary>
    public double BurstMinRatio { get; init; } = 3.0;

    /// <summary>Burst: a station-year with fewer records is not judged.</summary>
    public int BurstMinRecords { get; init; } = 10;

    /// <summary>Copied text: Jaccard similarity of character shingles at or above which two texts count as copies.</summary>
    public double CopiedTextSimilarity { get; init; } = 0.8;

    /// <summary>Copied text: shingle length in characters.</summary>
    public int ShingleLength { get; init; } = 4;

    /// <summary>Copied text: normalised texts shorter than this are not compared.</summary>
    public int MinTextLength { get; init; } = 40;
}

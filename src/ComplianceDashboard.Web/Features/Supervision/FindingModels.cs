using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>The 登记问题 form.</summary>
public sealed class FindingInput
{
    public int StationId { get; set; }
    public int? ResponsiblePersonId { get; set; }
    public string ResponsibleName { get; set; } = "";
    public string Title { get; set; } = "";
    public string Description { get; set; } = "";
    public FindingSeverity Severity { get; set; }
    public FindingCategory Category { get; set; }
    public string RequiredMeasure { get; set; } = "";
    public DateOnly? FoundOn { get; set; }
    public DateOnly? Deadline { get; set; }
    public long? SourceRecordId { get; set; }
    public long? SourceOnSiteFindingId { get; set; }
    public long? TaskId { get; set; }
}

/// <summary>The 销号 form: the verifier (not the responsible person) and the day.</summary>
public sealed class CloseOutInput
{
    public string VerifierName { get; set; } = "";
    public DateOnly? ClosedOn { get; set; }
}

/// <summary>A finding in lists, heat maps and the ageing view.</summary>
public sealed record FindingRow(long Id, int StationId, string StationName, string Title, string ResponsibleName, FindingSeverity Severity,
    FindingCategory Category, DateOnly FoundOn, DateOnly Deadline, FindingStatus Status, DateOnly? ClosedOn, int ReopenCount, bool Overdue,
    int DaysOverdue, bool ClosedLate);

public sealed record RectificationView(long Id, DateOnly On, string Measures, string RecordedBy, DateTime RecordedAt);

public sealed record EvidenceFileView(long Id, string FileName, long Size, string UploadedBy, DateTime UploadedAt);

public sealed record StepView(int Version, string Action, string Note, string By, DateTime At, string StateJson);

public sealed record FindingDetail(FindingRow Row, string Description, string RequiredMeasure, long? SourceRecordId, long? SourceOnSiteFindingId,
    long? TaskId, string? VerifierName, string? ClosedBy, RectificationEffect? Effect, string? EffectNote, DateOnly? EffectOn,
    IReadOnlyList<RectificationView> Rectifications, IReadOnlyList<EvidenceFileView> Evidence, IReadOnlyList<StepView> Steps,
    bool CanRectify, bool CanCloseOut, bool CanReopen);

/// <summary>The state written into a <see cref="FindingStep"/> (the finding's full state after the step).</summary>
internal sealed record FindingSnapshot(long Id, int StationId, int? ResponsiblePersonId, string ResponsibleName, string Title, string Description,
    FindingSeverity Severity, FindingCategory Category, string RequiredMeasure, DateOnly FoundOn, DateOnly Deadline, FindingStatus Status,
    long? SourceRecordId, long? SourceOnSiteFindingId, long? TaskId, DateOnly? ClosedOn, string? ClosedBy, string? VerifierName, int ReopenCount,
    RectificationEffect? Effect, string? EffectNote, DateOnly? EffectOn, int Rectifications, IReadOnlyList<string> EvidenceFiles)
{
    public static FindingSnapshot Of(Finding f) => new(f.Id, f.StationId, f.ResponsiblePersonId, f.ResponsibleName, f.Title, f.Description, f.Severity,
        f.Category, f.RequiredMeasure, f.FoundOn, f.Deadline, f.Status, f.SourceRecordId, f.SourceOnSiteFindingId, f.TaskId, f.ClosedOn, f.ClosedBy,
        f.VerifierName, f.ReopenCount, f.Effect, f.EffectNote, f.EffectOn, f.Rectifications.Count,
        [.. f.Attachments.Select(a => $"{a.FileName} ({a.Sha256})")]);
}

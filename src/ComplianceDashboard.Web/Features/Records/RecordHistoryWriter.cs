namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// The one writer of a record's history (ADR-005): every change of a record — the form, attachments, the evidence
/// review, the JSON and XLSX imports — counts a new version and adds a <see cref="RecordChange"/> with the record's
/// full state before and after (<see cref="RecordSnapshot"/>), in the caller's transaction.
/// </summary>
public sealed class RecordHistoryWriter(AppClock clock)
{
    /// <summary>The record's state as <see cref="RecordChange.BeforeJson"/>: taken before the record is changed.</summary>
    public static string Before(EvidenceRecord record) => RecordSnapshot.Of(record).ToJson();

    /// <summary>Counts a new version of the record, by <paramref name="user"/>, now (a record not stored yet is created by them, now).</summary>
    public void Touch(EvidenceRecord record, string user)
    {
        var now = clock.UtcNow;
        if (record.Id == 0)
        {
            (record.CreatedAt, record.CreatedBy) = (now, user);
        }
        record.Version++;
        record.UpdatedAt = now;
        record.UpdatedBy = user;
    }

    /// <summary>
    /// Adds the history row of a change already made to <paramref name="record"/> (which has its id): its state now
    /// is the after state, none for a delete. <paramref name="before"/> is null for a created record.
    /// </summary>
    public RecordChange Add(AppDbContext db, EvidenceRecord record, string? before, string? reason, string user)
    {
        var action = record.IsDeleted ? ChangeAction.Deleted : before is null ? ChangeAction.Created : ChangeAction.Updated;
        var change = new RecordChange
        {
            RecordId = record.Id, StationId = record.StationId, Version = record.Version, Action = action, ChangedAt = clock.UtcNow, ChangedBy = user,
            BeforeJson = before, AfterJson = record.IsDeleted ? null : RecordSnapshot.Of(record).ToJson(), Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim(),
        };
        db.RecordChanges.Add(change);
        return change;
    }
}

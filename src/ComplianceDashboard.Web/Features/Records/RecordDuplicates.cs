namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// The record that already fulfils the once-per-period obligation a new record would fulfil again: same station,
/// same obligation (record kind), same period and, for a per-service-point or per-supervisor duty, same subject.
/// </summary>
/// <param name="SubjectName">The service point or supervisor of a per-subject duty, else null.</param>
public sealed record DuplicateRecord(long RecordId, DateOnly EventDate, string Title, RecordKind Kind, Period Period, string? SubjectName);

/// <summary>
/// Finds a <see cref="DuplicateRecord"/>. The obligation calendar counts a period once however many records it has
/// (domain.md §3, <see cref="ObligationCalendar"/>), so a second record never scores twice; the form only asks the user
/// whether they mean it (e.g. a genuinely additional meeting) instead of accepting it silently.
/// </summary>
internal static class RecordDuplicates
{
    /// <summary>
    /// The earliest countable (not deleted, not rejected) record of the same obligation, period and subject, or null —
    /// always null for event-driven kinds, and for an edit that stays in its own period and subject.
    /// <paramref name="input"/> has been validated (event date set, period normalised).
    /// </summary>
    public static async Task<DuplicateRecord?> FindAsync(AppDbContext db, Scheme scheme, RecordInput input, EvidenceRecord? existing, CancellationToken ct)
    {
        var obligation = scheme.Obligations.FirstOrDefault(o => o.RecordKinds.Contains(input.Kind));
        if (obligation is null)
        {
            return null;
        }
        var period = PeriodMath.Containing(obligation.Period, input.ForPeriod ?? input.EventDate!.Value);
        var subject = SubjectOf(obligation.Scope, input.ServicePointId, input.PersonId);
        if (existing is not null && PeriodMath.Containing(obligation.Period, existing.ForPeriod ?? existing.EventDate) == period
            && SubjectOf(obligation.Scope, existing.ServicePointId, existing.PersonId) == subject)
        {
            return null;
        }
        var kinds = obligation.RecordKinds.ToList();
        var self = existing?.Id ?? 0;
        var query = db.Records.AsNoTracking().Where(r => r.StationId == input.StationId && kinds.Contains(r.Kind) && r.Id != self
            && r.Review != ReviewStatus.Rejected && (r.ForPeriod ?? r.EventDate) >= period.Start && (r.ForPeriod ?? r.EventDate) <= period.End);
        query = obligation.Scope switch
        {
            ObligationScope.ServicePoint => query.Where(r => r.ServicePointId == subject),
            ObligationScope.Supervisor => query.Where(r => r.PersonId == subject),
            _ => query,
        };
        var found = await query.OrderBy(r => r.EventDate).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.EventDate, r.Title, r.Kind, Point = r.ServicePoint!.Name, Person = r.Person!.Name })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var subjectName = obligation.Scope switch
        {
            ObligationScope.ServicePoint => found.Point,
            ObligationScope.Supervisor => found.Person,
            _ => null,
        };
        return new DuplicateRecord(found.Id, found.EventDate, found.Title, found.Kind, period, subjectName);
    }

    private static int? SubjectOf(ObligationScope scope, int? servicePointId, int? personId) => scope switch
    {
        ObligationScope.ServicePoint => servicePointId,
        ObligationScope.Supervisor => personId,
        _ => null,
    };
}

using ComplianceDashboard.Web.Features.Pending;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>
/// The station duties of the 待办 page (<see cref="PendingDuties"/>) that fall to one person: those of the stations they
/// write for whose record kind their role files (a supervisor's duty report, a customer manager's ledger handover, the
/// secretary's meetings …). A duty of one named supervisor goes to the supervisor account of that name when there is one.
/// </summary>
public sealed class StationDutySource(IDbContextFactory<AppDbContext> dbFactory, SchemeGrader grader, IOptions<NotificationOptions> options) : IPersonalDutySource
{
    public async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        var stations = person.Scope.WritableStationIds;
        if (stations.Count == 0)
        {
            return [];
        }
        var overdueFrom = today.AddDays(-options.Value.OverdueLookbackDays);
        var result = new List<PersonalDuty>();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        foreach (var stationId in stations.Order())
        {
            foreach (var year in new[] { overdueFrom.Year, today.Year, horizon.Year }.Distinct())
            {
                var view = await StationGradeQuery.LoadAsync(db, StationScope.System, grader, stationId, year, ct);
                if (view is null)
                {
                    continue;
                }
                // A cell still "pending" after its due date is overdue too (its station was not regraded since).
                var duties = PendingDuties.Overdue(view).Where(d => d.Cell.DueDate >= overdueFrom && d.Cell.DueDate < today)
                    .Concat(PendingDuties.DueBetween(view, overdueFrom, horizon))
                    .Where(d => RecordKindInfo.MayFileFor(grader.Scheme, d.Cell.ObligationId, person.Principal) && IsTheirs(view, d.Cell, person));
                result.AddRange(duties.Select(d => new PersonalDuty(
                    $"s{stationId}:{d.Cell.ObligationId}:{d.Cell.Period.Key}:{d.Cell.SubjectId?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
                    stationId,
                    view.Station.Name,
                    $"{view.ObligationName(d.Cell.ObligationId)}（{d.Cell.Period.Label}{(d.Subject.Length > 0 ? "，" + d.Subject : "")}）",
                    d.Items,
                    d.Cell.DueDate,
                    d.NewRecordUrl,
                    "station")));
            }
        }
        return [.. result.DistinctBy(d => d.Key)];
    }

    /// <summary>A per-supervisor duty belongs to the supervisor of that name (if an account has it); everything else to every filer of the station.</summary>
    private static bool IsTheirs(StationGradeView view, ObligationPeriod cell, DutyRecipient person)
    {
        if (cell.Scope != ObligationScope.Supervisor || !person.IsInRole(Roles.Supervisor) || cell.SubjectId is not { } subject)
        {
            return true;
        }
        var named = view.PersonNames.Values.Any(n => n == person.DisplayName);
        return !named || view.PersonNames.GetValueOrDefault(subject) == person.DisplayName;
    }
}

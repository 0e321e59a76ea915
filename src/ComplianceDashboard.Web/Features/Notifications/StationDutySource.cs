using ComplianceDashboard.Web.Features.Pending;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>
/// The station duties of the 待办 page (<see cref="PendingDuties"/>) that fall to one person: those of the stations they
/// write for whose record kind their role files (a supervisor's duty report, a customer manager's ledger handover, the
/// secretary's meetings …). A duty of one named supervisor goes to the supervisor account of that name when there is one.
/// </summary>
public sealed class StationDutySource(IDbContextFactory<AppDbContext> dbFactory, SchemeGrader grader, IOptions<NotificationOptions> options) : IPersonalDutySource
{
    public async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct) =>
        (await DutiesForEachAsync([person], today, horizon, ct))[0];

    /// <summary>Each station's grades are read once for everyone who files for it, then split by person.</summary>
    public async Task<IReadOnlyList<IReadOnlyList<PersonalDuty>>> DutiesForEachAsync(IReadOnlyList<DutyRecipient> people, DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(people);
        var stations = people.SelectMany(p => p.Scope.WritableStationIds).Distinct().Order().ToList();
        var open = new List<(StationGradeView View, PendingDuty Duty)>();
        if (stations.Count > 0)
        {
            var overdueFrom = today.AddDays(-options.Value.OverdueLookbackDays);
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            foreach (var stationId in stations)
            {
                foreach (var year in new[] { overdueFrom.Year, today.Year, horizon.Year }.Distinct())
                {
                    var view = await StationGradeQuery.LoadAsync(db, StationScope.System, grader, stationId, year, ct);
                    if (view is null)
                    {
                        continue;
                    }
                    // A cell still "pending" after its due date is overdue too (its station was not regraded since).
                    open.AddRange(PendingDuties.Overdue(view).Where(d => d.Cell.DueDate >= overdueFrom && d.Cell.DueDate < today)
                        .Concat(PendingDuties.DueBetween(view, overdueFrom, horizon))
                        .Select(d => (view, d)));
                }
            }
        }
        return [.. people.Select(person => (IReadOnlyList<PersonalDuty>)[.. open
            .Where(o => person.Scope.WritableStationIds.Contains(o.View.Station.Id)
                && RecordKindInfo.MayFileFor(grader.Scheme, o.Duty.Cell.ObligationId, person.Principal) && IsTheirs(o.View, o.Duty.Cell, person))
            .Select(o => Duty(o.View, o.Duty))
            .DistinctBy(d => d.Key)])];
    }

    private static PersonalDuty Duty(StationGradeView view, PendingDuty d) => new(
        $"s{view.Station.Id}:{d.Cell.ObligationId}:{d.Cell.Period.Key}:{d.Cell.SubjectId?.ToString(CultureInfo.InvariantCulture) ?? "-"}",
        view.Station.Id,
        view.Station.Name,
        $"{d.ObligationName}（{d.Cell.Period.Label}{(d.Subject.Length > 0 ? "，" + d.Subject : "")}）",
        string.Join("、", d.Items.Select(i => $"{i.Code} {i.Name}")),
        d.Cell.DueDate,
        d.NewRecordUrl,
        "station");

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

using ComplianceDashboard.Domain.Connections;
using ComplianceDashboard.Web.Features.Notifications;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// The 业扩 call-back duties (YK1 plan by the 3rd, YK2 results by the 10th of the next month) of a 支部书记's stations as
/// personal duties: they appear in 我的待办 and are reminded like the QL-2022 duties. Done ones (recorded on time or
/// late) and ones not yet within <c>horizon</c> are left out.
/// </summary>
public sealed class ConnectionPersonalDutySource(IDbContextFactory<AppDbContext> factory) : IPersonalDutySource
{
    public async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        var stationIds = person.Scope.WritableStationIds;
        if (!person.IsInRole(Roles.Secretary) || stationIds.Count == 0)
        {
            return [];
        }
        var ids = stationIds.ToList();
        // A December's results are due on 10 January: last year's duties can still be open.
        var years = Enumerable.Range(today.Year - 1, horizon.Year - today.Year + 2).ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var names = await db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var records = (await db.ConnectionDutyRecords.AsNoTracking().Where(d => ids.Contains(d.StationId) && years.Contains(d.Year))
            .Select(d => new { d.StationId, Fact = new ConnectionDutyFact(d.Id, d.Kind, d.Year, d.Month, d.Date) }).ToListAsync(ct))
            .ToLookup(r => r.StationId, r => r.Fact);
        var duties = new List<PersonalDuty>();
        foreach (var stationId in ids.Where(names.ContainsKey))
        {
            var facts = records[stationId].ToList();
            foreach (var cell in years.SelectMany(y => ConnectionDuties.ForStation(y, facts, today)))
            {
                if (cell.Status is ObligationStatus.Pending or ObligationStatus.Missing && cell.DueDate <= horizon)
                {
                    var name = ConnectionDuties.Obligations.First(o => o.Id == cell.ObligationId).Name;
                    duties.Add(new PersonalDuty(
                        string.Create(CultureInfo.InvariantCulture, $"yk:{stationId}:{cell.ObligationId}:{cell.Period.Key}"),
                        stationId, names[stationId], $"{cell.ObligationId} {name}", cell.Period.Label, cell.DueDate, "/connections/callbacks", "业扩"));
                }
            }
        }
        return duties;
    }
}

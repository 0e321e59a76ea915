using ComplianceDashboard.Domain.Connections;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// The 业扩 call-back duties (YK1 回访计划下发 by the 3rd, YK2 回访结果上报 by the 10th of the next month) as a duty
/// source of the station calendar: their own heat-map rows, outside QL-2022 (no grade changes). Only for callers who
/// view the 业扩 feature and read the station.
/// </summary>
public sealed class ConnectionDutySource(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, Grading.SideCardCache cards) : IStationDutySource
{
    public async Task<IReadOnlyList<ExtraDutyRow>> ForStationAsync(int stationId, int year, CancellationToken ct = default)
    {
        if (!currentUser.CanViewConnections() || !currentUser.CanRead(stationId))
        {
            return [];
        }
        var today = clock.Today;
        // Kept between saves (SideCardCache): the call-back records are saved without a regrade, but every save reports itself.
        return await cards.StationCardAsync<IReadOnlyList<ExtraDutyRow>>(currentUser.Scope, "connection-duties", stationId, year, today, async () =>
        {
            // Not cancelled with this caller: others may be waiting for the same read.
            await using var db = await factory.CreateDbContextAsync();
            var records = await db.ConnectionDutyRecords.AsNoTracking().Where(d => d.StationId == stationId && d.Year == year)
                .Select(d => new ConnectionDutyFact(d.Id, d.Kind, d.Year, d.Month, d.Date)).ToListAsync();
            var cells = ConnectionDuties.ForStation(year, records, today);
            return [.. ConnectionDuties.Obligations.Select(o => new ExtraDutyRow($"{o.Id} {o.Name}", [.. cells.Where(c => c.ObligationId == o.Id)]))];
        }, []);
    }
}

using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// MD-2006 rows 6–11 (方案答复 and 送电) of one station, computed from its 业扩 applications by
/// <see cref="ConnectionFulfilment.Count"/> — the one source, so the two never disagree. Scope-checked: the caller must
/// read the station. Clocks as of today.
/// </summary>
public sealed class ConnectionFulfilmentQuery(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, ConnectionClockSource clocks)
{
    public async Task<IReadOnlyList<ConnectionFulfilmentRow>> CountAsync(int stationId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        currentUser.EnsureCanRead(stationId);
        var counts = await CountUncheckedAsync([stationId], [(from, to)], ct);
        return counts.TryGetValue(stationId, out var periods) ? periods[0] : ConnectionFulfilment.Count([], from, to);
    }

    /// <summary>
    /// The counts of several stations over several periods (<c>result[stationId][i]</c> is <paramref name="periods"/>[i]),
    /// from one load of their applications, without the caller's station check, for <see cref="ConnectionFulfilmentSource"/>:
    /// the competition ranks every unit for whoever may see the ranking, and checks that itself. Only stations that keep
    /// their applications here (any on record) are in the result.
    /// </summary>
    internal async Task<IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<ConnectionFulfilmentRow>>>> CountUncheckedAsync(
        IReadOnlyCollection<int> stationIds, IReadOnlyList<(DateOnly From, DateOnly To)> periods, CancellationToken ct)
    {
        if (stationIds.Count == 0 || periods.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<IReadOnlyList<ConnectionFulfilmentRow>>>();
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var keeping = await db.ConnectionApplications.Where(a => stationIds.Contains(a.StationId)).Select(a => a.StationId).Distinct().ToListAsync(ct);
        if (keeping.Count == 0)
        {
            return new Dictionary<int, IReadOnlyList<IReadOnlyList<ConnectionFulfilmentRow>>>();
        }
        var calendar = await clocks.CalendarAsync(ct);
        // One load covering every period: ConnectionFulfilment.Count picks each period's cases by their own dates.
        var loaded = (await ConnectionFacts.LoadAsync(db,
                db.ConnectionApplications.Where(a => keeping.Contains(a.StationId)).ActiveIn(periods.Min(p => p.From), periods.Max(p => p.To)), ct))
            .ToLookup(a => a.Facts.StationId);
        var today = clock.Today;
        return keeping.ToDictionary(s => s, s =>
        {
            var clocked = loaded[s].Select(a => ConnectionClocks.Evaluate(a.Facts, calendar, clocks.Limits, today)).ToList();
            return (IReadOnlyList<IReadOnlyList<ConnectionFulfilmentRow>>)[.. periods.Select(p => ConnectionFulfilment.Count(clocked, p.From, p.To))];
        });
    }
}

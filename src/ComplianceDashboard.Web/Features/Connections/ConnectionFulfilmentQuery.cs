using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// MD-2006 rows 6–11 (方案答复 and 送电) of one station, computed from its 业扩 applications by
/// <see cref="ConnectionFulfilment.Count"/> — the one source, so the two never disagree. Scope-checked: the caller must
/// read the station. Clocks as of today.
/// </summary>
public sealed class ConnectionFulfilmentQuery(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock, ConnectionClockSource clocks)
{
    public Task<IReadOnlyList<ConnectionFulfilmentRow>> CountAsync(int stationId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        currentUser.EnsureCanRead(stationId);
        return CountUncheckedAsync(stationId, from, to, ct);
    }

    /// <summary>
    /// The same counts without the caller's station check, for <see cref="ConnectionFulfilmentSource"/>: the competition
    /// ranks every unit for whoever may see the ranking, and checks that itself.
    /// </summary>
    internal async Task<IReadOnlyList<ConnectionFulfilmentRow>> CountUncheckedAsync(int stationId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var calendar = await clocks.CalendarAsync(ct);
        var loaded = await ConnectionFacts.LoadAsync(db, db.ConnectionApplications.Where(a => a.StationId == stationId).ActiveIn(from, to), ct);
        var today = clock.Today;
        return ConnectionFulfilment.Count(loaded.Select(a => ConnectionClocks.Evaluate(a.Facts, calendar, clocks.Limits, today)), from, to);
    }

    /// <summary>Whether the station keeps its 业扩 applications here at all (any on record); no caller check, as above.</summary>
    internal async Task<bool> HasApplicationsAsync(int stationId, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.ConnectionApplications.AnyAsync(a => a.StationId == stationId, ct);
    }
}

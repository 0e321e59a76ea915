using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>An overdue finding as a reminder sees it.</summary>
public sealed record OverdueFinding(long Id, int StationId, string StationName, string Title, int? ResponsiblePersonId, string ResponsibleName,
    DateOnly Deadline, int DaysOverdue, string Link);

/// <summary>
/// "Overdue findings for a person or a station" for a reminders module and the overview card. It does not look at the
/// caller (a reminder job runs as nobody): the caller filters by who is reminded. Overdue = not closed out and the
/// deadline has passed (<see cref="FindingRules.IsOverdue"/>), as of <see cref="AppClock.Today"/>.
/// </summary>
public sealed class OverdueFindingsQuery(IDbContextFactory<AppDbContext> factory, AppClock clock)
{
    public Task<IReadOnlyList<OverdueFinding>> ForStationAsync(int stationId, CancellationToken ct = default) =>
        QueryAsync(f => f.StationId == stationId, ct);

    public Task<IReadOnlyList<OverdueFinding>> ForPersonAsync(int personId, CancellationToken ct = default) =>
        QueryAsync(f => f.ResponsiblePersonId == personId, ct);

    /// <summary>Every overdue finding of the stations in <paramref name="stationIds"/> (null: every station).</summary>
    public Task<IReadOnlyList<OverdueFinding>> ForStationsAsync(IReadOnlySet<int>? stationIds, CancellationToken ct = default)
    {
        if (stationIds is null)
        {
            return QueryAsync(_ => true, ct);
        }
        var ids = stationIds.ToList();
        return QueryAsync(f => ids.Contains(f.StationId), ct);
    }

    private async Task<IReadOnlyList<OverdueFinding>> QueryAsync(System.Linq.Expressions.Expression<Func<Finding, bool>> filter, CancellationToken ct)
    {
        var today = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Findings.AsNoTracking().Where(filter).Where(f => f.Status != FindingStatus.Closed && f.Deadline < today)
            .Select(f => new { f.Id, f.StationId, StationName = f.Station!.Name, f.Title, f.ResponsiblePersonId, f.ResponsibleName, f.Deadline })
            .ToListAsync(ct);
        return [.. rows.Select(f => new OverdueFinding(f.Id, f.StationId, f.StationName, f.Title, f.ResponsiblePersonId, f.ResponsibleName, f.Deadline,
                today.DayNumber - f.Deadline.DayNumber, string.Create(CultureInfo.InvariantCulture, $"/supervision/findings/{f.Id}")))
            .OrderByDescending(f => f.DaysOverdue).ThenBy(f => f.Id)];
    }
}

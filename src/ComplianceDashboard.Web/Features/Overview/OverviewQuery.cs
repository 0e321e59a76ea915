namespace ComplianceDashboard.Web.Features.Overview;

/// <summary>
/// Reads the precomputed grades (latest snapshots, their history and the month statistics) for the
/// stations a user may read. Nothing is recomputed here: four set-based queries.
/// </summary>
public static class OverviewQuery
{
    /// <param name="bands">The scheme's grade bands (highest first): the KPI counts stations per band in this order.</param>
    public static async Task<OverviewData> LoadAsync(AppDbContext db, StationScope scope, DashboardPeriod period, DateOnly today, IReadOnlyList<GradeBand> bands, CancellationToken ct = default)
    {
        var stations = scope.Filter(db.Stations.AsNoTracking());
        var year = period.Year;

        var latest = await (from s in db.GradeSnapshots.AsNoTracking()
                            join st in stations on s.StationId equals st.Id
                            where s.Year == year && s.IsLatest
                            select new { s.StationId, st.Code, st.Name, s.Total, s.GradeCode, s.GradeLabel, s.IsFinal, s.ComputedAt }).ToListAsync(ct);

        // History: (station, as-of, total) of every snapshot of the year; small rows, used for trend and change.
        var history = await (from s in db.GradeSnapshots.AsNoTracking()
                             join st in stations on s.StationId equals st.Id
                             where s.Year == year
                             select new { s.StationId, s.AsOf, s.Total, s.IsLatest }).ToListAsync(ct);

        var first = period.FirstMonth;
        var last = period.LastMonth;
        var cells = await (from m in db.StationMonthStats.AsNoTracking()
                           join st in stations on m.StationId equals st.Id
                           where m.Year == year && m.Month >= first && m.Month <= last
                           select new MonthCell(m.StationId, m.Month, m.Due, m.OnTime, m.Late, m.Missing, m.Pending, m.RiskDeduction)).ToListAsync(ct);

        var byStation = cells.ToLookup(c => c.StationId);
        var previous = history.Where(h => !h.IsLatest).GroupBy(h => h.StationId)
            .ToDictionary(g => g.Key, g => g.MaxBy(h => h.AsOf)!.Total);
        var ranking = latest
            .Select(s => new StationRanking(s.StationId, s.Code, s.Name, s.Total, s.GradeCode, s.GradeLabel, s.IsFinal,
                previous.TryGetValue(s.StationId, out var before) ? s.Total - before : null, s.ComputedAt,
                byStation[s.StationId].Sum(c => c.Missing), byStation[s.StationId].Sum(c => c.Late), byStation[s.StationId].Sum(c => c.RiskDeduction)))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Code)
            .Select((r, i) => r with { Rank = i + 1 })
            .ToList();

        var kpis = new OverviewKpis(
            [.. bands.Select(b => new BandCount(b.Code, b.Label, ranking.Count(r => r.GradeCode == b.Code)))],
            ranking.Count == 0 ? null : Math.Round(ranking.Average(r => r.Total), 1),
            cells.Sum(c => c.Missing),
            cells.Sum(c => c.RiskDeduction),
            ranking.Count);

        return new OverviewData(period, kpis, ranking, cells, Trend(year, today, history.Select(h => (h.StationId, h.AsOf, h.Total))))
        {
            Today = today,
        };
    }

    /// <summary>Average over stations of each one's score as it stood at each month end (latest snapshot as of then).</summary>
    private static List<TrendPoint> Trend(int year, DateOnly today, IEnumerable<(int StationId, DateOnly AsOf, decimal Total)> history)
    {
        var perStation = history.GroupBy(h => h.StationId).Select(g => g.OrderBy(h => h.AsOf).ToList()).ToList();
        var points = new List<TrendPoint>(12);
        for (var month = 1; month <= 12; month++)
        {
            var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
            if (monthEnd.AddDays(1 - monthEnd.Day) > today)
            {
                points.Add(new TrendPoint(month, null)); // the future has no score yet
                continue;
            }
            var scores = perStation.Select(rows => rows.LastOrDefault(r => r.AsOf <= monthEnd)).Where(r => r.StationId != 0).Select(r => r.Total).ToList();
            points.Add(new TrendPoint(month, scores.Count == 0 ? null : Math.Round(scores.Average(), 1)));
        }
        return points;
    }
}

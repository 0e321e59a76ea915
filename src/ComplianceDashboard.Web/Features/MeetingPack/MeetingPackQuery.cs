using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Features.Report;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>Reads a pack's data through the screens' own queries (no figure is computed a second way).</summary>
public static class MeetingPackQuery
{
    public static async Task<MeetingPackData> LoadAsync(AppDbContext db, StationScope scope, SchemeGrader grader, DashboardPeriod period,
        DateOnly today, string scopeLabel, string committee, IReadOnlyList<MeetingPackSectionContent> extraSections, CancellationToken ct = default)
    {
        var overview = await OverviewQuery.LoadAsync(db, scope, period, today, grader.Scheme.GradeBands, ct);
        var gaps = await StationGapsQuery.LoadAsync(db, scope, grader, period, ct);
        var ranking = await WithQuarterChangeAsync(db, overview.Ranking, period, ct);
        var radar = overview.Ranking.Count == 0 ? null : await RadarAsync(db, scope, grader, overview.Ranking[^1].StationId, period.Year, ct);
        var next = await NextQuarterAsync(db, scope, grader.Scheme, period, ct);
        return new MeetingPackData(period, scopeLabel, today, committee, overview, ranking,
            [.. gaps.Where(g => g.Total < MeetingPackData.PassScore).OrderBy(g => g.Total)], radar, next, extraSections);
    }

    /// <summary>Each station's latest total minus its total as it stood at the end of the previous quarter of the same year (null in Q1 or without a score then).</summary>
    private static async Task<List<PackRankingRow>> WithQuarterChangeAsync(AppDbContext db, IReadOnlyList<StationRanking> ranking, DashboardPeriod period, CancellationToken ct)
    {
        if (period.Quarter is not > 1)
        {
            return [.. ranking.Select(r => new PackRankingRow(r, null))];
        }
        var previousEnd = new DateOnly(period.Year, period.FirstMonth, 1).AddDays(-1);
        var ids = ranking.Select(r => r.StationId).ToList();
        var history = await db.GradeSnapshots.AsNoTracking()
            .Where(s => ids.Contains(s.StationId) && s.Year == period.Year && s.AsOf <= previousEnd)
            .Select(s => new { s.StationId, s.AsOf, s.Id, s.Total }).ToListAsync(ct);
        var then = history.GroupBy(h => h.StationId).ToDictionary(g => g.Key, g => g.OrderBy(h => h.AsOf).ThenBy(h => h.Id).Last().Total);
        return [.. ranking.Select(r => new PackRankingRow(r, then.TryGetValue(r.StationId, out var before) ? r.Total - before : null))];
    }

    /// <summary>The station page's radar (<see cref="StationCharts.Radar"/>), read back from its chart options.</summary>
    private static async Task<PackRadar?> RadarAsync(AppDbContext db, StationScope scope, SchemeGrader grader, int stationId, int year, CancellationToken ct)
    {
        var view = await StationGradeQuery.LoadAsync(db, scope, grader, stationId, year, ct);
        if (view is null || view.Items.Count == 0)
        {
            return null;
        }
        var options = StationCharts.Radar(view);
        var axes = options.Xaxis?.Categories ?? [];
        var values = options.Series[0].Data;
        return new PackRadar(stationId, view.Station.Name, [.. axes.Select((a, i) => (a, values[i].Y))]);
    }

    /// <summary>Duties falling due in the quarter after <paramref name="period"/>, from the stations' latest calendars.</summary>
    private static async Task<List<NextQuarterDuty>> NextQuarterAsync(AppDbContext db, StationScope scope, Scheme scheme, DashboardPeriod period, CancellationToken ct)
    {
        var first = new DateOnly(period.Year, period.LastMonth, 1).AddMonths(1);
        var last = first.AddMonths(3).AddDays(-1);
        var calendars = await (from s in db.GradeSnapshots.AsNoTracking()
                               join st in scope.Filter(db.Stations.AsNoTracking()) on s.StationId equals st.Id
                               where s.Year == first.Year && s.IsLatest
                               select new { s.StationId, s.CalendarJson }).ToListAsync(ct);
        var cells = calendars
            .SelectMany(c => GradeJson.Calendar(c.CalendarJson).Select(cell => (c.StationId, Cell: cell)))
            .Where(x => x.Cell.DueDate >= first && x.Cell.DueDate <= last && x.Cell.Status != ObligationStatus.NotApplicable);
        return [.. cells.GroupBy(x => x.Cell.ObligationId)
            .Select(g => new NextQuarterDuty(g.Key, scheme.TryGetObligation(g.Key, out var o) ? o.Name : g.Key, g.Count(),
                g.Select(x => x.StationId).Distinct().Count(), g.Min(x => x.Cell.DueDate), scheme.PointsAtStake(g.Key)))
            .OrderByDescending(d => d.PointsAtStake).ThenBy(d => d.FirstDue).ThenBy(d => d.ObligationId, StringComparer.Ordinal)];
    }
}

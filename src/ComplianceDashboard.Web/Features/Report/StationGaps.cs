using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.Web.Features.Report;

/// <summary>A station's missing duties and risk deductions in the report's quarter.</summary>
public sealed record StationGaps(int StationId, string Name, decimal Total, string GradeLabel, IReadOnlyList<string> Missing, IReadOnlyList<string> Deductions);

public static class StationGapsQuery
{
    public static async Task<List<StationGaps>> LoadAsync(AppDbContext db, StationScope scope, SchemeGrader grader, DashboardPeriod period, CancellationToken ct = default)
    {
        var snapshots = await (from s in db.GradeSnapshots.AsNoTracking()
                               join st in scope.Filter(db.Stations.AsNoTracking()) on s.StationId equals st.Id
                               where s.Year == period.Year && s.IsLatest
                               orderby st.Code
                               select new { s.StationId, st.Name, s.Total, s.GradeLabel, s.ItemsJson, s.CalendarJson }).ToListAsync(ct);
        var first = new DateOnly(period.Year, period.FirstMonth, 1);
        var last = new DateOnly(period.Year, period.LastMonth, 1).AddMonths(1).AddDays(-1);
        var items = snapshots.ToDictionary(s => s.StationId, s => GradeJson.Items(s.ItemsJson));
        var deductions = (await DeductionsAsync(db, items, first, last, ct)).ToLookup(d => d.StationId);
        var result = new List<StationGaps>(snapshots.Count);
        foreach (var s in snapshots)
        {
            var missing = GradeJson.Calendar(s.CalendarJson)
                .Where(c => c.Status == ObligationStatus.Missing && c.DueDate >= first && c.DueDate <= last)
                .GroupBy(c => c.ObligationId)
                .Select(g => $"{grader.Scheme.GetObligation(g.Key).Name}：{string.Join("、", g.Select(c => c.Period.Label).Distinct())}{(g.Count() > 1 ? $"（{g.Count()}项）" : "")}")
                .ToList();
            result.Add(new StationGaps(s.StationId, s.Name, s.Total, s.GradeLabel, missing, [.. deductions[s.StationId].Select(d => d.Text)]));
        }
        return result;
    }

    /// <summary>
    /// Risk deductions of the stations' graded items: per-event gaps that cost points and whose incident (the gap's first
    /// record) happened from <paramref name="from"/> to <paramref name="to"/>, inclusive; as "code description" and points,
    /// in the order of <paramref name="items"/>. The report's quarter and the 纪委 weekly summary read them this one way.
    /// </summary>
    public static async Task<List<(int StationId, string Text, decimal Points)>> DeductionsAsync(AppDbContext db,
        IReadOnlyDictionary<int, IReadOnlyList<ItemScore>> items, DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        var gaps = items.SelectMany(s => s.Value.Where(i => i.Rule == RuleKind.PerEvent)
            .SelectMany(i => i.Gaps.Where(g => g.PointsLost > 0 && g.RecordIds is [_, ..]).Select(g => (StationId: s.Key, i.Code, Gap: g)))).ToList();
        var ids = gaps.Select(g => g.Gap.RecordIds![0]).Distinct().ToList();
        var inPeriod = (await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id) && r.EventDate >= from && r.EventDate <= to)
            .Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        return [.. gaps.Where(g => inPeriod.Contains(g.Gap.RecordIds![0])).Select(g => (g.StationId, $"{g.Code} {g.Gap.Description}", g.Gap.PointsLost))];
    }
}

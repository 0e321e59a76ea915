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
        var incidentIds = items.Values.SelectMany(i => i).Where(i => i.Rule == RuleKind.PerEvent)
            .SelectMany(i => i.Gaps).SelectMany(g => g.RecordIds ?? []).Distinct().ToList();
        var inPeriod = (await db.Records.AsNoTracking().Where(r => incidentIds.Contains(r.Id) && r.EventDate >= first && r.EventDate <= last)
            .Select(r => r.Id).ToListAsync(ct)).ToHashSet();
        var result = new List<StationGaps>(snapshots.Count);
        foreach (var s in snapshots)
        {
            var missing = GradeJson.Calendar(s.CalendarJson)
                .Where(c => c.Status == ObligationStatus.Missing && c.DueDate >= first && c.DueDate <= last)
                .GroupBy(c => c.ObligationId)
                .Select(g => $"{grader.Scheme.GetObligation(g.Key).Name}：{string.Join("、", g.Select(c => c.Period.Label).Distinct())}{(g.Count() > 1 ? $"（{g.Count()}项）" : "")}")
                .ToList();
            var deductions = items[s.StationId]
                .Where(i => i.Rule == RuleKind.PerEvent)
                .SelectMany(i => i.Gaps.Where(g => g.PointsLost > 0 && g.RecordIds is [var id, ..] && inPeriod.Contains(id)).Select(g => $"{i.Code} {g.Description}"))
                .ToList();
            result.Add(new StationGaps(s.StationId, s.Name, s.Total, s.GradeLabel, missing, deductions));
        }
        return result;
    }
}

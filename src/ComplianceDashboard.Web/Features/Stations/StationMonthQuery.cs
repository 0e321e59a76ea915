namespace ComplianceDashboard.Web.Features.Stations;

public sealed record MonthRecord(long Id, string Title, DateOnly EventDate);

public sealed record MonthIncident(long RecordId, string ItemCode, string ItemName, string Title, DateOnly EventDate, decimal Points);

public static class StationMonthQuery
{
    /// <summary>Cells falling due in the month (missing first), the records behind them, and incidents of the month.</summary>
    public static async Task<(List<ObligationPeriod>, Dictionary<long, MonthRecord>, List<MonthIncident>)> LoadAsync(AppDbContext db, StationGradeView view, DateOnly month)
    {
        var order = view.Scheme.Obligations.Select((o, i) => (o.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var cells = view.Calendar
            .Where(c => c.DueDate.Year == month.Year && c.DueDate.Month == month.Month && c.Status != ObligationStatus.NotApplicable)
            .OrderBy(c => c.Status switch { ObligationStatus.Missing => 0, ObligationStatus.Late => 1, ObligationStatus.Pending => 2, _ => 3 })
            .ThenBy(c => order[c.ObligationId])
            .ToList();

        var incidentGaps = view.Items.Where(i => i.Rule == RuleKind.PerEvent)
            .SelectMany(i => i.Gaps.Where(g => g.RecordIds is [_, ..]).Select(g => (Item: i, RecordId: g.RecordIds![0], g.PointsLost)))
            .ToList();
        var ids = cells.SelectMany(c => c.RecordIds).Concat(incidentGaps.Select(g => g.RecordId)).Distinct().ToList();
        var records = await db.Records.AsNoTracking().Where(r => r.StationId == view.Station.Id && ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new MonthRecord(r.Id, r.Title, r.EventDate));

        var incidents = incidentGaps
            .Where(g => records.TryGetValue(g.RecordId, out var r) && r.EventDate.Year == month.Year && r.EventDate.Month == month.Month)
            .Select(g => new MonthIncident(g.RecordId, g.Item.Code, g.Item.Name, records[g.RecordId].Title, records[g.RecordId].EventDate, g.PointsLost))
            .ToList();
        return (cells, records, incidents);
    }
}

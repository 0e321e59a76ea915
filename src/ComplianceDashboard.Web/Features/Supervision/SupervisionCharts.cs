using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>The findings heat map (stations × months, coloured by findings overdue at month end) and the small bar charts.</summary>
public static class SupervisionCharts
{
    public static readonly IReadOnlyList<ColorRange> OverdueRanges =
    [
        new(0, 0, "#2e7d32", "无逾期"),
        new(1, 1, "#f9a825", "1个逾期"),
        new(2, 100000, "#c62828", "2个及以上逾期"),
    ];

    public static string CellUrl(int year, int stationId, int month) =>
        string.Create(CultureInfo.InvariantCulture, $"supervision/findings?year={year}&station={stationId}&month={month}");

    /// <param name="translate">Names in the UI language (<c>s => L[s]</c>).</param>
    public static ChartOptions HeatMap(IReadOnlyList<FindingCell> cells, IReadOnlyList<(int Id, string Name)> stations, int year, Func<string, string> translate)
    {
        var withFindings = cells.Where(c => c.Opened + c.Closed + c.Overdue > 0).Select(c => c.StationId).ToHashSet();
        var rows = stations.Where(s => withFindings.Contains(s.Id)).Take(HeatMapOptions.MaxRows).ToList();
        var months = Enumerable.Range(1, 12).Select(m => Month(m, translate)).ToList();
        var heat = cells.Where(c => rows.Any(r => r.Id == c.StationId)).Select(c => new HeatMapCell(c.StationName, Month(c.Month, translate), c.Overdue,
            CellUrl(year, c.StationId, c.Month),
            string.Format(CultureInfo.InvariantCulture, translate("新发现 {0}，销号 {1}，逾期 {2}"), c.Opened, c.Closed, c.Overdue)));
        return HeatMapOptions.Create([.. rows.Select(r => r.Name)], months, heat, HeatMapOptions.Translated(OverdueRanges, translate));
    }

    public static ChartOptions Ageing(IReadOnlyList<AgeingRow> ageing, Func<string, string> translate) =>
        BarOptions.Create(translate("未销号问题"), [.. ageing.Select(a => new ChartItem(translate(SupervisionNames.Of(a.Bucket)), a.Findings.Count, a.Bucket.ToString()))],
            color: "#c62828");

    public static ChartOptions CasesByStatus(IReadOnlyList<CaseRow> cases, Func<string, string> translate) =>
        BarOptions.Create(translate("件数"), [.. Enum.GetValues<CaseStatus>().Select(s => new ChartItem(translate(SupervisionNames.Of(s)), cases.Count(c => c.Status == s), "status:" + s))]);

    public static ChartOptions CasesByOutcome(IReadOnlyList<CaseRow> cases, Func<string, string> translate) =>
        BarOptions.Create(translate("件数"), [.. Enum.GetValues<CaseOutcome>().Select(o => new ChartItem(translate(SupervisionNames.Of(o)), cases.Count(c => c.Outcome == o), "outcome:" + o))]);

    /// <summary>Stations × months: how many of the month's targets were missed (0 = all met: green); months with no actual yet are empty.</summary>
    public static ChartOptions Targets(IReadOnlyList<MetricTargetRow> rows, Func<string, string> translate)
    {
        var stations = rows.Select(r => (r.StationId, r.StationName)).Distinct().OrderBy(s => s.StationId).Take(HeatMapOptions.MaxRows).ToList();
        var months = Enumerable.Range(1, 12).Select(m => Month(m, translate)).ToList();
        var cells = rows.Where(r => r.Met is not null).GroupBy(r => (r.StationId, r.StationName, r.Month))
            .Select(g => new HeatMapCell(g.Key.StationName, Month(g.Key.Month, translate), g.Count(r => r.Met == false), null,
                string.Join("；", g.Select(r => $"{r.Metric} {translate(r.Met == true ? "达标" : "未达标")}"))));
        ColorRange[] ranges = [new(0, 0, "#2e7d32", translate("全部达标")), new(1, 100000, "#c62828", translate("有未达标"))];
        return HeatMapOptions.Create([.. stations.Select(s => s.StationName)], months, cells, ranges);
    }

    private static string Month(int month, Func<string, string> translate) =>
        string.Format(CultureInfo.InvariantCulture, translate("{0}月"), month);
}

using ComplianceDashboard.Web.Components.Charts;

namespace ComplianceDashboard.Web.Features.Overview;

/// <summary>The overview's charts, built once per load rather than on every render.</summary>
public sealed record OverviewChartSet(ChartOptions Duty, ChartOptions Risk, ChartOptions Trend, int Height);

/// <summary>Chart options for the overview, built from precomputed data (no queries here).</summary>
public static class OverviewCharts
{
    /// <summary>A heat map with thousands of rows is unreadable: show the stations that need attention first.</summary>
    public const int MaxHeatMapRows = 60;

    public static readonly IReadOnlyList<ColorRange> RiskRanges =
    [
        new(0, 0, "#2e7d32", "无扣分"),
        new(0.001m, 5, "#f9a825", "扣5分及以内"),
        new(5.001m, 110, "#c62828", "扣5分以上"),
    ];

    public static string MonthLabel(int month) => $"{month}月";

    public static string DrillDownUrl(int stationId, int year, int month) => $"stations/{stationId}/months/{year}-{month:D2}";

    private static IReadOnlyList<StationRanking> HeatMapRows(OverviewData data) =>
        [.. data.Ranking.OrderBy(r => r.Total).ThenBy(r => r.Code).Take(MaxHeatMapRows).OrderBy(r => r.Code)];

    public static OverviewChartSet For(OverviewData data)
    {
        var rows = HeatMapRows(data);
        return new(DutyHeatMap(data, rows), RiskHeatMap(data, rows), TrendLine(data), Math.Clamp(rows.Count * 26 + 90, 200, 1700));
    }

    private static ChartOptions DutyHeatMap(OverviewData data, IReadOnlyList<StationRanking> rows)
    {
        var names = rows.ToDictionary(r => r.StationId, r => r.Name);
        var cells = data.Cells.Where(c => names.ContainsKey(c.StationId)).Select(c => new HeatMapCell(
            names[c.StationId], MonthLabel(c.Month), c.OnTimeRate * 100,
            DrillDownUrl(c.StationId, data.Period.Year, c.Month),
            HeatMapOptions.DutyTip(MonthLabel(c.Month), c.Due, c.OnTime, c.Late, c.Missing) + (c.Pending > 0 ? $"，未到期{c.Pending}项" : "")));
        return HeatMapOptions.Create([.. rows.Select(r => r.Name)], [.. data.Period.Months.Select(MonthLabel)], cells, HeatMapOptions.RateRanges);
    }

    private static ChartOptions RiskHeatMap(OverviewData data, IReadOnlyList<StationRanking> rows)
    {
        var names = rows.ToDictionary(r => r.StationId, r => r.Name);
        var cells = data.Cells.Where(c => names.ContainsKey(c.StationId) && c.Due + c.Pending > 0).Select(c => new HeatMapCell(
            names[c.StationId], MonthLabel(c.Month), c.RiskDeduction,
            DrillDownUrl(c.StationId, data.Period.Year, c.Month),
            $"{MonthLabel(c.Month)}：风险防控扣{c.RiskDeduction:0.#}分"));
        return HeatMapOptions.Create([.. rows.Select(r => r.Name)], [.. data.Period.Months.Select(MonthLabel)], cells, RiskRanges);
    }

    private static ChartOptions TrendLine(OverviewData data) =>
        LineOptions.Trend([.. data.Trend.Select(t => MonthLabel(t.Month))],
            [new ChartSeries("全县平均分", [.. data.Trend.Select(t => new ChartPoint(t.AverageScore))])], min: 0, max: 110);

}

namespace ComplianceDashboard.Web.Components.Charts;

public static class LineOptions
{
    /// <summary>A trend by month: one line per series over the month labels (e.g. "1月"…"12月").</summary>
    public static ChartOptions Trend(IReadOnlyList<string> months, IReadOnlyList<ChartSeries> series,
        decimal? min = null, decimal? max = null) => new()
    {
        Chart = new() { Type = "line" },
        Series = series,
        Xaxis = new() { Categories = months },
        Yaxis = min is null && max is null ? null : new() { Min = min, Max = max },
        Stroke = new(Width: 2, Curve: "straight"),
        DataLabels = new(false),
    };
}

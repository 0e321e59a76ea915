namespace ComplianceDashboard.Web.Components.Charts;

/// <summary>A labelled value; <paramref name="Id"/> comes back on click.</summary>
public sealed record ChartItem(string Label, decimal? Value, string? Id = null);

public static class BarOptions
{
    /// <summary>One series, one bar per item (in the given order).</summary>
    public static ChartOptions Create(string seriesName, IReadOnlyList<ChartItem> items, bool horizontal = false, string? color = null)
    {
        var points = items.Select(i => i.Id is null ? new ChartPoint(i.Value) : new ChartPoint(i.Value, i.Label, i.Id)).ToList();
        return Create(items.Select(i => i.Label).ToList(), [new ChartSeries(seriesName, points)], horizontal) with
        {
            Colors = color is null ? null : [color],
            Legend = new(false),
        };
    }

    /// <summary>Several series over the same categories, side by side or stacked.</summary>
    public static ChartOptions Create(IReadOnlyList<string> categories, IReadOnlyList<ChartSeries> series,
        bool horizontal = false, bool stacked = false) => new()
    {
        Chart = new() { Type = "bar", Stacked = stacked ? true : null },
        Series = series,
        Xaxis = new() { Categories = categories },
        PlotOptions = new() { Bar = new(horizontal) },
        DataLabels = new(false),
    };
}

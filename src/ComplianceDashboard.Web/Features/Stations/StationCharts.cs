namespace ComplianceDashboard.Web.Features.Stations;

public static class StationCharts
{
    /// <summary>Level-1 scores as a share of their maximum (bonus left out: it has no maximum to miss).</summary>
    public static ChartOptions Radar(StationGradeView view) => RadarOptions.Create(new RadarSeries(
        view.Station.Name,
        [.. view.Items.Where(i => !i.IsBonus).GroupBy(i => i.Level1).Select(g => new RadarScore(g.Key, g.Sum(i => i.Points), g.Sum(i => i.MaxPoints)))]));

    /// <summary>Total score by the date each result started to hold.</summary>
    public static ChartOptions History(StationGradeView view, IReadOnlyList<(DateOnly AsOf, decimal Total)> history) => new()
    {
        Chart = new() { Type = "line" },
        Series = [new ChartSeries("得分", [.. history.Select(h => new ChartPoint(h.Total, h.AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))])],
        Yaxis = new() { Min = 0, Max = 110 },
        Stroke = new(Width: 2, Curve: "stepline"),
        DataLabels = new(false),
    };
}

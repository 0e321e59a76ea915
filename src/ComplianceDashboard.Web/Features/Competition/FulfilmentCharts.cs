namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>The units × 18 rows heat map, coloured by 兑现率 (percent); each cell opens the row's detail.</summary>
public static class FulfilmentCharts
{
    /// <summary>兑现率 bands in percent: a row is either fully kept (100 %) or shows how far it fell short.</summary>
    public static readonly IReadOnlyList<ColorRange> Ranges =
    [
        new(0, 79.999m, "#c62828", "低于80%"),
        new(80, 94.999m, "#f9a825", "80%–95%"),
        new(95, 99.999m, "#81c784", "95%–100%"),
        new(100, 100, "#2e7d32", "全部兑现"),
    ];

    public static string RowUrl(int unitId, int year, int row) =>
        string.Create(CultureInfo.InvariantCulture, $"competition/fulfilment/{unitId}/{year}/rows/{row}");

    public static ChartOptions HeatMap(FulfilmentHeatMap map, Func<string, string> translate)
    {
        ArgumentNullException.ThrowIfNull(map);
        var columns = map.Rows.Select(r => r.Number.ToString(CultureInfo.InvariantCulture)).ToList();
        var units = HeatMapOptions.UniqueLabels(map.Units.Select(u => (u.Id, u.Name)));
        var cells = from unit in units
                    from row in map.Rows
                    let rate = map.Rates.GetValueOrDefault((unit.Id, row.Number))
                    select new HeatMapCell(unit.Name, row.Number.ToString(CultureInfo.InvariantCulture), rate is { } r ? Math.Round(r * 100, 1) : null,
                        RowUrl(unit.Id, map.Year, row.Number), $"{row.Number} {row.Name}：{CompetitionNames.Percent(rate)}");
        return HeatMapOptions.Create([.. units.Select(u => u.Name)], columns, cells,
            HeatMapOptions.Translated(Ranges, translate));
    }
}

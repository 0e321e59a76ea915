namespace ComplianceDashboard.Web.Components.Charts;

/// <summary>One heat-map cell: <paramref name="Id"/> comes back on click (e.g. a drill-down key).</summary>
public sealed record HeatMapCell(string Row, string Column, decimal? Value, string? Id = null, string? Tip = null);

/// <summary>Rows (stations or obligations) × columns (months), coloured by value bands.</summary>
public static class HeatMapOptions
{
    /// <summary>On-time rate in percent, in the status colours of app.css.</summary>
    public static readonly IReadOnlyList<ColorRange> RateRanges =
    [
        new(0, 59.999m, "#c62828", "低于60%"),
        new(60, 89.999m, "#f9a825", "60%–90%"),
        new(90, 100, "#2e7d32", "90%及以上"),
    ];

    /// <summary>Cell value of a month that has not begun yet: nothing is due, so it is neither good nor bad.</summary>
    public const decimal NotYetDue = -1;

    /// <summary>Cell value of the running month: its duties are still open until the month ends.</summary>
    public const decimal Running = -2;

    /// <summary>Bands for <see cref="NotYetDue"/> and <see cref="Running"/>, to put before a chart's value bands
    /// so the legend names them (never the green of "all done").</summary>
    public static IReadOnlyList<ColorRange> PeriodRanges(Func<string, string>? translate = null)
    {
        translate ??= s => s;
        return
        [
            new(Running, Running, "#90caf9", translate("本月进行中")),
            new(NotYetDue, NotYetDue, "#e0e0e0", translate("未到期")),
        ];
    }

    /// <summary>A heat map with thousands of station rows is unreadable: a chart draws at most this many (those that need attention first).</summary>
    public const int MaxRows = 60;

    /// <summary>The chart height for <paramref name="rows"/> rows: 26 px a row plus the axes, between 200 and 1700 px.</summary>
    public static int Height(int rows) => Math.Clamp(rows * 26 + 90, 200, 1700);

    /// <summary>The height of a stations heat map, which draws at most <see cref="MaxRows"/> of them.</summary>
    public static int StationsHeight(int stations) => Height(Math.Min(stations, MaxRows));

    /// <summary>Legend bands named in the UI language (<c>s => L[s]</c>).</summary>
    public static IReadOnlyList<ColorRange> Translated(IEnumerable<ColorRange> ranges, Func<string, string> translate) =>
        [.. ranges.Select(r => r with { Name = translate(r.Name) })];

    /// <summary>
    /// Row labels for rows keyed by their label: a name that two rows share gets the row's id added ("名称（#12）"),
    /// any other name stays as it is. Order is kept.
    /// </summary>
    public static List<(int Id, string Name)> UniqueLabels(IEnumerable<(int Id, string Name)> rows)
    {
        var list = rows.ToList();
        var shared = list.GroupBy(r => r.Name, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return [.. list.Select(r => shared.Contains(r.Name) ? (r.Id, string.Create(CultureInfo.InvariantCulture, $"{r.Name}（#{r.Id}）")) : r)];
    }

    /// <param name="rows">Top to bottom, as shown.</param>
    /// <param name="columns">Left to right, as shown.</param>
    /// <param name="cells">At most one per row and column; a missing cell is drawn empty (null).</param>
    public static ChartOptions Create(IReadOnlyList<string> rows, IReadOnlyList<string> columns,
        IEnumerable<HeatMapCell> cells, IReadOnlyList<ColorRange> ranges)
    {
        var byKey = cells.ToDictionary(c => (c.Row, c.Column));
        // ApexCharts draws the first series at the bottom, so the rows go in reversed.
        var series = rows.Reverse().Select(row => new ChartSeries(row, columns
                .Select(column => byKey.TryGetValue((row, column), out var c)
                    ? new ChartPoint(c.Value, column, c.Id, c.Tip)
                    : new ChartPoint(null, column))
                .ToList()))
            .ToList();
        return new ChartOptions
        {
            Chart = new() { Type = "heatmap" },
            Series = series,
            PlotOptions = new() { Heatmap = new(new HeatMapColorScale(ranges)) },
            DataLabels = new(false),
            Stroke = new(Width: 1),
        };
    }
}

namespace ComplianceDashboard.Web.Features.MeetingPack;

public enum PackChartKind { Bar, Line, Pie, Radar }

/// <summary>A native chart of the deck: categories, one or more series, and the data the chart embeds as its workbook.</summary>
public sealed record PackChart(PackChartKind Kind, string CategoryTitle, IReadOnlyList<string> Categories, IReadOnlyList<PackSeries> Series,
    decimal? Min = null, decimal? Max = null)
{
    /// <summary>The embedded workbook's one sheet ("Sheet1"): categories in column A, one column per series.</summary>
    public PackTable Data => new("Sheet1", "Sheet1", [CategoryTitle, .. Series.Select(s => s.Name)],
        [.. Categories.Select((c, i) => (IReadOnlyList<PackCell>)[c, .. Series.Select(s => new PackCell(s.Values[i]))])]);
}

public sealed record PackSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>The deck's charts, from the same data as the report's tables.</summary>
public static class PackCharts
{
    /// <summary>Bars beyond this many stations would be unreadable on a slide: the lowest ones are kept (they need attention).</summary>
    public const int MaxRankingBars = 30;

    public static PackChart Ranking(MeetingPackData data)
    {
        var rows = data.Overview.Ranking.Count <= MaxRankingBars ? data.Overview.Ranking : data.Overview.Ranking.TakeLast(MaxRankingBars).ToList();
        return new(PackChartKind.Bar, "站所", [.. rows.Select(r => r.Name)], [new("得分", [.. rows.Select(r => (decimal?)r.Total)])], 0, 110);
    }

    public static PackChart Trend(MeetingPackData data) => new(PackChartKind.Line, "月份",
        [.. data.Overview.Trend.Select(t => MeetingPackData.MonthLabel(t.Month))], [new("全县平均分", [.. data.Overview.Trend.Select(t => t.AverageScore)])], 0, 110);

    public static PackChart Grades(MeetingPackData data) => new(PackChartKind.Pie, "等级",
        [.. data.Overview.Kpis.Bands.Select(b => b.Label)], [new("站所数", [.. data.Overview.Kpis.Bands.Select(b => (decimal?)b.Count)])]);

    public static PackChart? Radar(MeetingPackData data) => data.Radar is not { } radar ? null : new(PackChartKind.Radar, "一级指标",
        [.. radar.Axes.Select(a => a.Axis)], [new(radar.StationName, [.. radar.Axes.Select(a => a.Percent)])], 0, 100);
}

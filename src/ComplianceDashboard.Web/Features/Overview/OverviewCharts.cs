namespace ComplianceDashboard.Web.Features.Overview;

/// <summary>The overview's charts, built once per load rather than on every render.</summary>
public sealed record OverviewChartSet(ChartOptions Duty, ChartOptions Risk, ChartOptions Trend, int Height);

/// <summary>The overview's data with its charts in one language (kept together by <see cref="Grading.GradeReadCache"/>).</summary>
public sealed record OverviewView(OverviewData Data, OverviewChartSet Charts);

/// <summary>Where a month stands on the day the data was read.</summary>
public enum MonthState { Past, Running, Future }

/// <summary>Chart options for the overview, built from precomputed data (no queries here).</summary>
public static class OverviewCharts
{
    public static readonly IReadOnlyList<ColorRange> RiskRanges =
    [
        new(0, 0, "#2e7d32", "无扣分"),
        new(0.001m, 5, "#f9a825", "扣5分及以内"),
        new(5.001m, 110, "#c62828", "扣5分以上"),
    ];

    public static string MonthLabel(int month) => Infrastructure.PeriodText.Month(month);

    public static string DrillDownUrl(int stationId, int year, int month) => $"stations/{stationId}/months/{year}-{month:D2}";

    public static MonthState StateOf(int year, int month, DateOnly? today) => today switch
    {
        null => MonthState.Past,
        { } d when year > d.Year || (year == d.Year && month > d.Month) => MonthState.Future,
        { } d when year == d.Year && month == d.Month => MonthState.Running,
        _ => MonthState.Past,
    };

    private static IReadOnlyList<StationRanking> HeatMapRows(OverviewData data) =>
        [.. data.Ranking.OrderBy(r => r.Total).ThenBy(r => r.Code).Take(HeatMapOptions.MaxRows).OrderBy(r => r.Code)];

    /// <param name="translate">Legend names in the UI language (e.g. <c>s => L[s]</c>); Chinese when omitted.</param>
    public static OverviewChartSet For(OverviewData data, Func<string, string>? translate = null)
    {
        translate ??= s => s;
        var rows = HeatMapRows(data);
        return new(DutyHeatMap(data, rows, translate), RiskHeatMap(data, rows, translate), TrendLine(data, translate),
            HeatMapOptions.Height(rows.Count));
    }

    /// <summary>Every (station, month) of the period: a month without statistics yet is a cell of its own state.</summary>
    private static IEnumerable<(StationRanking Row, int Month, MonthCell? Cell, MonthState State)> Grid(OverviewData data, IReadOnlyList<StationRanking> rows)
    {
        var cells = data.Cells.ToDictionary(c => (c.StationId, c.Month));
        return from row in rows
               from month in data.Period.Months
               select (row, month, cells.GetValueOrDefault((row.StationId, month)), StateOf(data.Period.Year, month, data.Today));
    }

    private static ChartOptions DutyHeatMap(OverviewData data, IReadOnlyList<StationRanking> rows, Func<string, string> translate)
    {
        var cells = Grid(data, rows)
            .Where(g => g.Cell is not null || g.State != MonthState.Past)
            .Select(g => new HeatMapCell(g.Row.Name, MonthLabel(g.Month), g.State switch
                {
                    MonthState.Future => HeatMapOptions.NotYetDue,
                    MonthState.Running => HeatMapOptions.Running,
                    _ => g.Cell!.OnTimeRate * 100,
                },
                DrillDownUrl(g.Row.StationId, data.Period.Year, g.Month),
                DutyTip(g.Month, g.Cell, g.State, translate)));
        return HeatMapOptions.Create([.. rows.Select(r => r.Name)], [.. data.Period.Months.Select(MonthLabel)], cells,
            HeatMapOptions.Translated([.. HeatMapOptions.PeriodRanges(), .. HeatMapOptions.RateRanges], translate));
    }

    private static string StatePrefix(MonthState state, Func<string, string> translate) => state switch
    {
        MonthState.Future => translate("（未到期）"),
        MonthState.Running => translate("（本月进行中）"),
        _ => "",
    };

    private static string Format(Func<string, string> translate, string format, params object[] args) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, translate(format), args);

    private static string DutyTip(int month, MonthCell? c, MonthState state, Func<string, string> translate)
    {
        var column = MonthLabel(month) + StatePrefix(state, translate);
        if (c is null)
        {
            return column;
        }
        return Format(translate, "{0}：应履职{1}项，按时{2}项，逾期{3}项，缺失{4}项", column, c.Due, c.OnTime, c.Late, c.Missing)
            + (c.Pending > 0 ? Format(translate, "，未到期{0}项", c.Pending) : "");
    }

    private static ChartOptions RiskHeatMap(OverviewData data, IReadOnlyList<StationRanking> rows, Func<string, string> translate)
    {
        var cells = Grid(data, rows)
            .Where(g => g.State != MonthState.Past || g.Cell is { } c && c.Due + c.Pending > 0)
            .Select(g => new HeatMapCell(g.Row.Name, MonthLabel(g.Month), g.State switch
                {
                    MonthState.Future => HeatMapOptions.NotYetDue,
                    // A deduction already incurred this month shows as such; none yet is "running", not "no deduction".
                    MonthState.Running when g.Cell is not { RiskDeduction: > 0 } => HeatMapOptions.Running,
                    _ => g.Cell!.RiskDeduction,
                },
                DrillDownUrl(g.Row.StationId, data.Period.Year, g.Month),
                g.State == MonthState.Future
                    ? MonthLabel(g.Month) + StatePrefix(g.State, translate)
                    : Format(translate, "{0}：风险防控扣{1}分", MonthLabel(g.Month) + StatePrefix(g.State, translate), (g.Cell?.RiskDeduction ?? 0).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture))));
        return HeatMapOptions.Create([.. rows.Select(r => r.Name)], [.. data.Period.Months.Select(MonthLabel)], cells,
            HeatMapOptions.Translated([.. HeatMapOptions.PeriodRanges(), .. RiskRanges], translate));
    }

    private static ChartOptions TrendLine(OverviewData data, Func<string, string> translate) =>
        LineOptions.Trend([.. data.Trend.Select(t => MonthLabel(t.Month))],
            [new ChartSeries(translate("全县平均分"), [.. data.Trend.Select(t => new ChartPoint(t.AverageScore))])], min: 0, max: 110);
}

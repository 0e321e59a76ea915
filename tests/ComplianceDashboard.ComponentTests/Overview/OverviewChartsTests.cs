using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Charts;
using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.ComponentTests.Overview;

/// <summary>Heat-map cells link to the station-month drill-down; months not yet due and the running month are never "all done" (defect 7).</summary>
public class OverviewChartsTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 20);

    private static OverviewData Data(DateOnly? today, params MonthCell[] cells)
    {
        var ranking = new StationRanking(7, "TQ01", "桐琴供电所", 90, "Excellent", "优秀（示范型）", false, null, DateTime.UtcNow, 0, 0, 0) { Rank = 1 };
        return new OverviewData(new DashboardPeriod(2026, null), new OverviewKpis([new("Excellent", "优秀（示范型）", 1), new("Qualified", "合格（标准型）", 0), new("Unqualified", "不合格", 0)], 90, 0, 0, 1), [ranking], cells, [])
        {
            Today = today,
        };
    }

    private static ChartPoint Cell(ChartOptions options, string month) =>
        Assert.Single(options.Series).Data.Single(p => p.X == month);

    [Fact]
    public void In_English_months_periods_and_tooltips_are_English()
    {
        UseCulture("en");
        var english = new Dictionary<string, string>
        {
            ["{0}：应履职{1}项，按时{2}项，逾期{3}项，缺失{4}项"] = "{0}: {1} due, {2} on time, {3} late, {4} missing",
            ["（本月进行中）"] = " (this month, in progress)",
        };
        var charts = OverviewCharts.For(Data(Today, new MonthCell(7, 3, 12, 9, 1, 2, 0, 5), new MonthCell(7, 11, 4, 1, 0, 0, 3, 0)),
            s => english.GetValueOrDefault(s, s));

        Assert.Equal("Mar: 12 due, 9 on time, 1 late, 2 missing", Cell(charts.Duty, "Mar").Tip);
        Assert.StartsWith("Nov (this month, in progress)", Cell(charts.Duty, "Nov").Tip, StringComparison.Ordinal);
        Assert.Equal("Q3 2026", new DashboardPeriod(2026, 3).Label);
        Assert.Equal("2026", new DashboardPeriod(2026, null).Label);
    }

    [Fact]
    public void Every_cell_links_to_its_station_month_drill_down()
    {
        var charts = OverviewCharts.For(Data(Today, new MonthCell(7, 3, 12, 9, 1, 2, 0, 5)));

        Assert.Equal("stations/7/months/2026-03", Cell(charts.Duty, "3月").Id);
        Assert.Equal("stations/7/months/2026-03", Cell(charts.Risk, "3月").Id);
        Assert.Equal(75.0m, Cell(charts.Duty, "3月").Y);
        Assert.Equal(5, Cell(charts.Risk, "3月").Y);
        Assert.Equal("3月：应履职12项，按时9项，逾期1项，缺失2项", Cell(charts.Duty, "3月").Tip);
        Assert.Equal(OverviewCharts.DrillDownUrl(7, 2026, 12), Cell(charts.Duty, "12月").Id);
    }

    [Fact]
    public void Future_months_are_not_yet_due_and_the_running_month_is_running_never_green()
    {
        var charts = OverviewCharts.For(Data(Today,
            new MonthCell(7, 10, 12, 12, 0, 0, 0, 0),
            new MonthCell(7, 11, 0, 0, 0, 0, 12, 0),
            new MonthCell(7, 12, 0, 0, 0, 0, 12, 0)));

        Assert.Equal(100, Cell(charts.Duty, "10月").Y);
        Assert.Equal(HeatMapOptions.Running, Cell(charts.Duty, "11月").Y);
        Assert.Equal(HeatMapOptions.NotYetDue, Cell(charts.Duty, "12月").Y);
        Assert.Equal(HeatMapOptions.Running, Cell(charts.Risk, "11月").Y);
        Assert.Equal(HeatMapOptions.NotYetDue, Cell(charts.Risk, "12月").Y);
        Assert.Contains("未到期", Cell(charts.Duty, "12月").Tip, StringComparison.Ordinal);
        Assert.Contains("本月进行中", Cell(charts.Duty, "11月").Tip, StringComparison.Ordinal);

        foreach (var options in new[] { charts.Duty, charts.Risk })
        {
            var ranges = options.PlotOptions!.Heatmap!.ColorScale.Ranges;
            var green = ranges.Where(r => r.Color == "#2e7d32").ToList();
            Assert.NotEmpty(green);
            Assert.All(green, g => Assert.True(g.From >= 0));
            Assert.Contains(ranges, r => r.From == HeatMapOptions.NotYetDue && r.To == HeatMapOptions.NotYetDue && r.Name == "未到期");
            Assert.Contains(ranges, r => r.From == HeatMapOptions.Running && r.To == HeatMapOptions.Running && r.Name == "本月进行中");
        }
    }

    [Fact]
    public void A_risk_deduction_already_incurred_in_the_running_month_still_shows()
    {
        var charts = OverviewCharts.For(Data(Today, new MonthCell(7, 11, 0, 0, 0, 0, 12, 5)));

        Assert.Equal(5, Cell(charts.Risk, "11月").Y);
        Assert.Equal(HeatMapOptions.Running, Cell(charts.Duty, "11月").Y);
    }

    [Fact]
    public void A_past_year_has_no_future_months_and_legend_names_follow_the_ui_language()
    {
        var charts = OverviewCharts.For(Data(new DateOnly(2027, 2, 1), new MonthCell(7, 12, 4, 4, 0, 0, 0, 0)), s => s == "未到期" ? "Not yet due" : s);

        Assert.Equal(100, Cell(charts.Duty, "12月").Y);
        Assert.Contains(charts.Duty.PlotOptions!.Heatmap!.ColorScale.Ranges, r => r.Name == "Not yet due");
    }

    [Theory]
    [InlineData(2026, 12, MonthState.Future)]
    [InlineData(2026, 11, MonthState.Running)]
    [InlineData(2026, 10, MonthState.Past)]
    [InlineData(2025, 12, MonthState.Past)]
    [InlineData(2027, 1, MonthState.Future)]
    public void Month_state_is_judged_against_today(int year, int month, MonthState expected) =>
        Assert.Equal(expected, OverviewCharts.StateOf(year, month, Today));
}

using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Web.Components.Charts;
using ComplianceDashboard.Web.Features.Stations;
using static ComplianceDashboard.ComponentTests.Stations.StationViews;

namespace ComplianceDashboard.ComponentTests.Stations;

/// <summary>The station calendar heat map and the month drill-down's cells: status → colour / label, 今日截止, future months, 补录.</summary>
public class CalendarTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private static ChartPoint Cell(ChartOptions chart, string row, string month) =>
        chart.Series.Single(s => s.Name.StartsWith(row + " ", StringComparison.Ordinal)).Data.Single(p => p.X == month);

    private static ColorRange RangeOf(ChartOptions chart, decimal? value) =>
        chart.PlotOptions!.Heatmap!.ColorScale.Ranges.Single(r => value >= r.From && value <= r.To);

    [Theory]
    [InlineData(ObligationStatus.Missing, "缺失")]
    [InlineData(ObligationStatus.Late, "逾期补录")]
    [InlineData(ObligationStatus.OnTime, "按时")]
    public void Decided_cells_keep_their_status(ObligationStatus status, string label)
    {
        var cell = Monthly("O5", 3, status);

        Assert.Equal(label, DutyStatuses.Label(DutyStatuses.Of(cell, Today)));
    }

    [Fact]
    public void Open_duties_are_due_today_in_progress_or_not_yet_due_never_done()
    {
        Assert.Equal(DutyStatus.DueToday, DutyStatuses.Of(Monthly("O5", 11, ObligationStatus.Pending), Today));
        Assert.Equal(DutyStatus.InProgress, DutyStatuses.Of(Monthly("O5", 11, ObligationStatus.Pending), new DateOnly(2026, 11, 20)));
        Assert.Equal(DutyStatus.NotYetDue, DutyStatuses.Of(Monthly("O5", 12, ObligationStatus.Pending), Today));
        Assert.Equal("今日截止", DutyStatuses.Label(DutyStatus.DueToday));
        Assert.Equal("本月进行中", DutyStatuses.Label(DutyStatus.InProgress));
        Assert.Equal("未到期", DutyStatuses.Label(DutyStatus.NotYetDue));
    }

    [Fact]
    public void Heat_map_paints_future_and_running_months_apart_from_done_months()
    {
        var view = View([Monthly("O5", 3, ObligationStatus.Missing), Monthly("O5", 10, ObligationStatus.OnTime, 41),
            Monthly("O5", 11, ObligationStatus.Pending), Monthly("O5", 12, ObligationStatus.Pending),
            Monthly("O7", 11, ObligationStatus.OnTime, 42), Monthly("O7", 12, ObligationStatus.Pending)]);

        var chart = StationCalendarChart.Create(view, new DateOnly(2026, 11, 20), key => key);

        var done = RangeOf(chart, Cell(chart, "O5", "10月").Y);
        var running = RangeOf(chart, Cell(chart, "O5", "11月").Y);
        var future = RangeOf(chart, Cell(chart, "O5", "12月").Y);
        Assert.Equal(("按时", "#2e7d32"), (done.Name, done.Color));
        Assert.Equal("本月进行中", running.Name);
        Assert.Equal("未到期", future.Name);
        Assert.Equal("缺失", RangeOf(chart, Cell(chart, "O5", "3月").Y).Name);
        Assert.Equal("未到期", RangeOf(chart, Cell(chart, "O7", "12月").Y).Name);
        Assert.Equal(3, new[] { done.Color, running.Color, future.Color }.Distinct().Count());
        Assert.DoesNotContain(chart.PlotOptions!.Heatmap!.ColorScale.Ranges, r => r.Name.Contains('%', StringComparison.Ordinal) || r.Name.Contains("扣0分", StringComparison.Ordinal));
        Assert.Equal("stations/7/months/2026-11", Cell(chart, "O5", "11月").Id);
    }

    [Fact]
    public void Heat_map_flags_a_month_with_a_duty_due_today()
    {
        var view = View([Monthly("O5", 11, ObligationStatus.Pending), Monthly("O7", 11, ObligationStatus.OnTime, 42)]);

        var chart = StationCalendarChart.Create(view, Today, key => key);

        Assert.Equal("今日截止", RangeOf(chart, Cell(chart, "O5", "11月").Y).Name);
        Assert.Equal("按时", RangeOf(chart, Cell(chart, "O7", "11月").Y).Name);
        Assert.Contains("今日截止1", Cell(chart, "O5", "11月").Tip, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_cells_show_status_chips_and_the_prefilled_form_link_to_writers()
    {
        var view = View([Monthly("O5", 11, ObligationStatus.Pending), Monthly("O7", 10, ObligationStatus.Missing),
            Monthly("O11", 11, ObligationStatus.OnTime, 41), PerPoint("O1", 12, ObligationStatus.Pending, 3)]);
        var records = new Dictionary<long, MonthRecord> { [41] = new(41, "11月监督结果公开", new DateOnly(2026, 11, 27)) };

        var cut = Render<MonthCellTable>(p => p.Add(c => c.View, view).Add(c => c.Cells, view.Calendar).Add(c => c.Records, records)
            .Add(c => c.Today, Today).Add(c => c.CanWrite, true));

        var chips = cut.FindAll("[data-testid='month-cells'] tbody .mud-chip").Select(c => (c.GetAttribute("data-status"), c.TextContent.Trim())).ToList();
        Assert.Equal([("DueToday", "今日截止"), ("Missing", "缺失"), ("OnTime", "按时"), ("NotYetDue", "未到期")], chips);
        var addLinks = cut.FindAll("[data-testid='add-record']").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["records/new?kind=GroupMeeting&station=7&period=2026-11", "records/new?kind=SpecialInspection&station=7&period=2026-10",
            "records/new?kind=DemandLedger&station=7&period=2026-12&point=3"], addLinks);
        Assert.Equal("records/41", cut.Find("a[href='records/41']").GetAttribute("href"));
        Assert.Contains("后陈村驻村服务站点", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Month_cells_offer_no_form_link_to_read_only_users()
    {
        var view = View([Monthly("O5", 11, ObligationStatus.Pending), Monthly("O7", 10, ObligationStatus.Missing)]);

        var cut = Render<MonthCellTable>(p => p.Add(c => c.View, view).Add(c => c.Cells, view.Calendar)
            .Add(c => c.Records, new Dictionary<long, MonthRecord>()).Add(c => c.Today, Today).Add(c => c.CanWrite, false));

        Assert.Equal(2, cut.FindAll("[data-testid='month-cells'] tbody .mud-chip").Count);
        Assert.Empty(cut.FindAll("[data-testid='add-record']"));
        Assert.DoesNotContain("records/new", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("补录", cut.Markup, StringComparison.Ordinal);
    }
}

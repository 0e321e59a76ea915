using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Features.Report;

namespace ComplianceDashboard.ComponentTests.Report;

public class ReportTests : ComponentTest
{
    [Theory]
    [InlineData("2026-11-30", null, null, 2026, 3)] // the last complete quarter
    [InlineData("2026-10-01", null, null, 2026, 3)]
    [InlineData("2026-09-30", null, null, 2026, 2)]
    [InlineData("2026-02-15", null, null, 2025, 4)] // January–March: Q4 of last year
    [InlineData("2026-11-30", 2025, null, 2025, 4)] // a past year: its last quarter
    [InlineData("2026-11-30", 2026, null, 2026, 3)]
    [InlineData("2026-11-30", 2026, 4, 2026, 4)] // asked for explicitly
    [InlineData("2026-11-30", 2026, 9, 2026, 3)] // nonsense quarter: ignored
    public void Report_defaults_to_the_last_complete_quarter(string today, int? year, int? quarter, int expectedYear, int expectedQuarter)
    {
        var period = ReportPeriod.Resolve(DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture), year, quarter);

        Assert.Equal(new DashboardPeriod(expectedYear, expectedQuarter), period);
    }

    [Fact]
    public void Ranking_lists_stations_in_rank_order_with_grade_change_and_a_link_to_each_station()
    {
        StationRanking[] rows =
        [
            new(2, "WY0002", "泉溪供电所", 101.5m, "Excellent", "优秀（示范型）", false, 2.5m, default, 0, 1, 0) { Rank = 1 },
            new(1, "WY0001", "桐琴供电所", 78m, "Unqualified", "不合格", true, -3m, default, 4, 0, 5) { Rank = 2 },
        ];

        var cut = Render<ReportRanking>(p => p.Add(c => c.Rows, rows).Add(c => c.Year, 2026));

        var cells = cut.FindAll("[data-testid='report-ranking'] tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["1", "泉溪供电所", "101.5", "优秀（示范型）（暂定）", "▲2.5", "0", "1", "0"], cells[0]);
        Assert.Equal(["2", "桐琴供电所", "78", "不合格", "▼3", "4", "0", "5"], cells[1]);
        Assert.Equal("stations/2?year=2026", cut.Find("a").GetAttribute("href"));
    }

    [Fact]
    public void Gaps_list_missing_duties_and_deductions_per_station_or_say_none()
    {
        StationGaps[] gaps =
        [
            new(1, "桐琴供电所", 92m, "优秀（示范型）", ["监督小组会议：8月、9月（2项）", "月度服务公开：7月"], ["23 客户投诉被通报"]),
            new(2, "泉溪供电所", 100m, "优秀（示范型）", [], []),
        ];

        var cut = Render<ReportGaps>(p => p.Add(c => c.Gaps, gaps).Add(c => c.Period, new DashboardPeriod(2026, 3)));

        var rows = cut.FindAll("[data-testid='report-gaps'] tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(["桐琴供电所", "92", "监督小组会议：8月、9月（2项）；月度服务公开：7月", "23 客户投诉被通报"], rows[0]);
        Assert.Equal(["泉溪供电所", "100", "无", "无"], rows[1]);
        Assert.Equal(["stations/1/months/2026-09", "stations/2/months/2026-09"], cut.FindAll("a").Select(a => a.GetAttribute("href")));
    }
}

using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Web.Features.Pending;
using static ComplianceDashboard.ComponentTests.Stations.StationViews;

namespace ComplianceDashboard.ComponentTests.Pending;

public class PendingTableTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    // O7 (special inspection) holds item 15 down by 5 points, O5 (group meeting) item 13 by 3, O11 item 20 by 3.
    private static readonly ComplianceDashboard.Web.Features.Stations.StationGradeView View = View(
    [
        Monthly("O11", 3, ObligationStatus.Missing), Monthly("O7", 5, ObligationStatus.Missing), Monthly("O5", 4, ObligationStatus.Missing),
        Monthly("O5", 11, ObligationStatus.Pending), Monthly("O5", 12, ObligationStatus.Pending), Monthly("O7", 10, ObligationStatus.OnTime, 9),
    ]);

    [Fact]
    public void Overdue_duties_are_sorted_by_points_at_stake_and_link_to_the_prefilled_form()
    {
        var duties = PendingDuties.Overdue(View);

        var cut = Render<PendingTable>(p => p.Add(c => c.Title, "已缺失").Add(c => c.Duties, duties).Add(c => c.PointsTitle, "影响分值")
            .Add(c => c.Today, Today).Add(c => c.CanWrite, true).Add(c => c.TestId, "overdue"));

        var points = cut.FindAll("[data-testid='overdue'] td[data-testid='points']").Select(td => decimal.Parse(td.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, points.Count);
        Assert.Equal(points.OrderDescending(), points);
        Assert.Equal("O7", cut.FindAll("[data-obligation]")[0].GetAttribute("data-obligation"));
        var links = cut.FindAll("a").Where(a => a.TextContent.Trim() == "填报").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal("records/new?kind=SpecialInspection&station=7&period=2026-05", links[0]);
        Assert.Equal(3, links.Count);
        Assert.All(cut.FindAll(".mud-chip"), chip => Assert.Equal("缺失", chip.TextContent.Trim()));
    }

    [Fact]
    public void Duties_due_today_are_flagged_and_read_only_users_get_no_form_link()
    {
        var due = PendingDuties.DueThisMonth(View, Today);

        var cut = Render<PendingTable>(p => p.Add(c => c.Title, "本月待完成").Add(c => c.Duties, due).Add(c => c.PointsTitle, "若缺失将扣分")
            .Add(c => c.Today, Today).Add(c => c.CanWrite, false).Add(c => c.TestId, "due"));

        var row = Assert.Single(cut.FindAll("[data-obligation]"));
        Assert.Equal("2026-11", row.GetAttribute("data-period"));
        Assert.Equal("今日截止", cut.Find(".mud-chip").TextContent.Trim());
        Assert.Equal("DueToday", cut.Find(".mud-chip").GetAttribute("data-status"));
        Assert.DoesNotContain("records/new", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("填报", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void No_duties_shows_the_empty_text()
    {
        var cut = Render<PendingTable>(p => p.Add(c => c.Title, "本月待完成").Add(c => c.Duties, []).Add(c => c.PointsTitle, "若缺失将扣分")
            .Add(c => c.Today, Today).Add(c => c.EmptyText, "本月到期的履职事项都已完成。"));

        Assert.Contains("本月到期的履职事项都已完成。", cut.Markup, StringComparison.Ordinal);
    }
}

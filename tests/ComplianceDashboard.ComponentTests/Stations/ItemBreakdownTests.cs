using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.ComponentTests.Stations;

/// <summary>Ported from the integration tests' static renderer; every assertion kept.</summary>
public class ItemBreakdownTests : ComponentTest
{
    private static readonly ItemScore[] Items =
    [
        new("13", "监督管理", "监督会议", "监督小组会议每月召开", 3, 0, RuleKind.All, 0, false, "3月、7月缺少监督小组会议纪要", [], []),
        new("14", "监督管理", "监督会议", "每季度召开监督联席会", 3, 3, RuleKind.All, 0, false, "全部4个季度按时完成", [], []),
        new("12a", "服务效能", "服务公开", "服务公开", 6, 4, RuleKind.PerMiss, 2, false, "4月月度服务公开缺失，扣2分", [], []),
    ];

    [Fact]
    public void Breakdown_groups_items_by_level_marks_lost_points_and_links_each_item()
    {
        var view = StationViews.View([], Items, year: 2025);

        var html = Render<ItemBreakdown>(p => p.Add(c => c.View, view)).Markup;

        Assert.Contains("3月、7月缺少监督小组会议纪要", html, StringComparison.Ordinal);
        Assert.Contains("href=\"stations/7/items/13?year=2025\"", html, StringComparison.Ordinal);
        Assert.Contains("缺一项扣2分", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"2\"", html, StringComparison.Ordinal); // 监督管理 spans items 13 and 14
        Assert.Equal(2, html.Split("class=\"lost\"").Length - 1); // 13 and 12a lost points, 14 did not
        Assert.Contains("3 / 6", html, StringComparison.Ordinal); // 监督管理 subtotal
    }

    [Fact]
    public void Every_item_links_to_its_drill_down_and_its_explanation_sits_in_a_wrapping_cell()
    {
        var cut = Render<ItemBreakdown>(p => p.Add(c => c.View, StationViews.View([], Items, year: 2025)));

        var links = cut.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["stations/7/items/13?year=2025", "stations/7/items/14?year=2025", "stations/7/items/12a?year=2025"], links);
        var explanations = cut.FindAll("td.explanation").Select(td => td.TextContent).ToList();
        Assert.Equal(["3月、7月缺少监督小组会议纪要", "全部4个季度按时完成", "4月月度服务公开缺失，扣2分"], explanations);
    }
}

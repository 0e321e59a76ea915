using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.IntegrationTests.Components;

public class ItemBreakdownTests
{
    [Fact]
    public async Task Breakdown_groups_items_by_level_marks_lost_points_and_links_each_item()
    {
        var scheme = Scheme.LoadEmbedded("QL-2022");
        ItemScore[] items =
        [
            new("13", "监督管理", "监督会议", "监督小组会议每月召开", 3, 0, RuleKind.All, 0, false, "3月、7月缺少监督小组会议纪要", [], []),
            new("14", "监督管理", "监督会议", "每季度召开监督联席会", 3, 3, RuleKind.All, 0, false, "全部4个季度按时完成", [], []),
            new("12a", "服务效能", "服务公开", "服务公开", 6, 4, RuleKind.PerMiss, 2, false, "4月月度服务公开缺失，扣2分", [], []),
        ];
        var view = new StationGradeView(new Station { Id = 7, Code = "WY0007", Name = "白洋供电所", Township = "白洋镇" }, 2025, null, items, [], new Dictionary<int, string>(), new Dictionary<int, string>(), scheme);

        var html = await ComponentRenderer.RenderAsync<ItemBreakdown>(new() { ["View"] = view });

        Assert.Contains("3月、7月缺少监督小组会议纪要", html, StringComparison.Ordinal);
        Assert.Contains("href=\"stations/7/items/13?year=2025\"", html, StringComparison.Ordinal);
        Assert.Contains("缺一项扣2分", html, StringComparison.Ordinal);
        Assert.Contains("rowspan=\"2\"", html, StringComparison.Ordinal); // 监督管理 spans items 13 and 14
        Assert.Equal(2, html.Split("class=\"lost\"").Length - 1); // 13 and 12a lost points, 14 did not
        Assert.Contains("3 / 6", html, StringComparison.Ordinal); // 监督管理 subtotal
    }
}

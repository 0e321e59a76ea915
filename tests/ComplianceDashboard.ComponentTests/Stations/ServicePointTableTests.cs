using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Stations;

namespace ComplianceDashboard.ComponentTests.Stations;

public class ServicePointTableTests : ComponentTest
{
    [Fact]
    public void Service_points_show_the_names_of_their_people_and_vacant_posts_in_red()
    {
        ServicePointRow[] rows =
        [
            new("上坦村驻村服务站点", "电力驿站", new DateOnly(2023, 11, 1), "陈桂英", "鲍霞"),
            new("下杨村驻村服务站点", "供电所营业厅", new DateOnly(2026, 3, 12), null, "俞娟"),
        ];

        var cut = Render<ServicePointTable>(p => p.Add(c => c.Rows, rows));

        var managers = cut.FindAll("td[data-testid='manager']").Select(td => td.TextContent.Trim()).ToList();
        var supervisors = cut.FindAll("td[data-testid='supervisor']").Select(td => td.TextContent.Trim()).ToList();
        Assert.Equal(["陈桂英", "空缺"], managers);
        Assert.Equal(["鲍霞", "俞娟"], supervisors);
        Assert.Contains("mud-error-text", cut.FindAll("td[data-testid='manager']")[1].InnerHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("row.Manager", cut.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("row.Supervisor", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("2026-03-12", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("供电所营业厅", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_station_without_service_points_says_so()
    {
        var cut = Render<ServicePointTable>(p => p.Add(c => c.Rows, []));

        Assert.Contains("没有服务站点", cut.Markup, StringComparison.Ordinal);
    }
}

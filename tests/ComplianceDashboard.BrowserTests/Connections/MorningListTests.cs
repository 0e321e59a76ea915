using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Connections;

/// <summary>
/// The 营销稽查室's morning list on a fixed day: the demo county's showcase on 桐琴供电所 (DemoConnections) has, on
/// 2026-10-09, exactly one stage due (a 居民 方案答复 received 2026-09-29, domain §9's example) and two overdue ones; its
/// 支部书记 sees exactly those and opens one of them.
/// </summary>
[Collection(AppServerGroup.Name)]
public class MorningListTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task The_secretary_sees_exactly_the_due_and_overdue_stages_of_9_October_and_opens_one()
    {
        var page = await Server.NewSignedInPageAsync("shuji1", "/connections?date=2026-10-09");
        var rows = page.GetByTestId("daily-rows").Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(3);
        await Assertions.Expect(page.GetByTestId("daily-summary")).ToContainTextAsync("今日到期1个环节，超期2个环节");
        var numbers = await page.GetByTestId("daily-link").AllInnerTextsAsync();
        Assert.Equal(["YK-WY0001-DEMO-A", "YK-WY0001-DEMO-B", "YK-WY0001-DEMO-E"], numbers.Order(StringComparer.Ordinal));
        await Assertions.Expect(rows.Filter(new() { HasText = "YK-WY0001-DEMO-A" })).ToContainTextAsync("今日到期");
        await Assertions.Expect(rows.Filter(new() { HasText = "YK-WY0001-DEMO-A" })).ToContainTextAsync("2026-10-09");
        await Assertions.Expect(rows.Filter(new() { HasText = "YK-WY0001-DEMO-E" })).ToContainTextAsync("超期3个工作日");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "connections-morning-list.png"), FullPage = true });

        await page.GetByTestId("daily-link").Filter(new() { HasText = "YK-WY0001-DEMO-B" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/connections/applications/\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync("YK-WY0001-DEMO-B");
        await Assertions.Expect(page.GetByTestId("stage-clocks").Locator("tr[data-stage='SchemeReply']")).ToContainTextAsync("2026-09-23");
    }
}

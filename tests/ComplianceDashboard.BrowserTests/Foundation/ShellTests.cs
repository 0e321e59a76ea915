using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Foundation;

[Collection(AppServerGroup.Name)]
public class ShellTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Navigation_click_changes_the_page_without_a_reload()
    {
        var page = await Server.NewPageAsync();
        // 纪委领导 reads every station, so the shell shows everything.
        await new LoginPage(page).SignInAsync("jiwei");
        await page.GotoAsync("/");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "县公司总览", Exact = true })).ToBeVisibleAsync();
        // Wait for the interactive circuit, then mark the window: a full reload would lose the mark.
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await page.EvaluateAsync("() => window.__noReload = 42");

        await page.GetByRole(AriaRole.Link, new() { Name = "站所" }).First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/stations$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "站所", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.__noReload"));
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "stations.png"), FullPage = true });
    }
}

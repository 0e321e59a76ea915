using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Organisation;

/// <summary>Every organisation page on a desktop and on a 390 px phone: it renders and the page itself does not scroll sideways.</summary>
[Collection(AppServerGroup.Name)]
public class OrganisationPagesTests(AppServer server) : BrowserTest(server)
{
    public static TheoryData<string, string, string> Pages => new()
    {
        { "", "桐琴供电所 · 概览", "organisation-overview" },
        { "/points", "桐琴供电所 · 服务站点", "organisation-points" },
        { "/people", "桐琴供电所 · 人员岗位", "organisation-people" },
        { "/appointments", "桐琴供电所 · 监督员聘任", "organisation-appointments" },
        { "/group", "桐琴供电所 · 监督小组", "organisation-group" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Organisation_page_renders_on_desktop_and_phone(string path, string heading, string shot)
    {
        var page = await Server.NewSignedInPageAsync("shuji1", $"/organisation/1{path}");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, $"{shot}-desktop.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, $"{shot}-phone.png"), FullPage = true });
    }
}

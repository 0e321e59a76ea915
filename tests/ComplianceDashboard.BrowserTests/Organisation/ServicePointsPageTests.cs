using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Organisation;

[Collection(AppServerGroup.Name)]
public class ServicePointsPageTests(AppServer server)
{
    [Fact]
    public async Task Secretary_opens_the_service_points_and_sees_the_facility_inventory()
    {
        var page = await server.NewSignedInPageAsync("shuji1");
        var points = new ServicePointsPage(page);
        await points.OpenAsync(1);
        await Assertions.Expect(page.GetByText("桐琴供电所 · 服务站点")).ToBeVisibleAsync();
        await Assertions.Expect(points.Inventories.First).ToContainTextAsync("智能服务终端");
        await Assertions.Expect(points.Inventories.First).ToContainTextAsync("必配");
        await Assertions.Expect(points.AddButton).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "organisation-points.png"), FullPage = true });
    }
}

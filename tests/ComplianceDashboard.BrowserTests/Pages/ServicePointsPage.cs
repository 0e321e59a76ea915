using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/organisation/{id}/points: one card per service point with its 附表1 inventory.</summary>
public sealed class ServicePointsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "服务站点" }).First;

    public ILocator Cards => page.GetByTestId("point-card");

    public ILocator Inventories => page.GetByTestId("facility-inventory");

    public ILocator AddButton => page.GetByRole(AriaRole.Button, new() { Name = "新增服务站点" });

    public async Task OpenAsync(int stationId)
    {
        await page.GotoAsync($"/organisation/{stationId}/points");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
    }
}

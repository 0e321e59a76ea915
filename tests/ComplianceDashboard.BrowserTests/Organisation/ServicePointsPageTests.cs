using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Organisation;

[Collection(AppServerGroup.Name)]
public class ServicePointsPageTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Secretary_opens_the_service_points_and_sees_the_facility_inventory()
    {
        var page = await Server.NewSignedInPageAsync("shuji1");
        var points = new ServicePointsPage(page);
        await points.OpenAsync(1);
        await Assertions.Expect(page.GetByText("桐琴供电所 · 服务站点")).ToBeVisibleAsync();
        await Assertions.Expect(points.Inventories.First).ToContainTextAsync("智能服务终端");
        await Assertions.Expect(points.Inventories.First).ToContainTextAsync("必配");
        await Assertions.Expect(points.AddButton).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "organisation-points.png"), FullPage = true });
    }

    [Fact]
    public async Task Secretary_opens_the_service_point_form_and_the_services_message_appears_at_the_name_field()
    {
        var page = await Server.NewSignedInPageAsync("shuji1");
        var points = new ServicePointsPage(page);
        await points.OpenAsync(1);

        await points.AddButton.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog.GetByTestId("point-name")).ToBeVisibleAsync();
        await dialog.GetByTestId("dialog-save").ClickAsync();

        await Assertions.Expect(dialog.GetByText("请填写站点名称")).ToBeVisibleAsync();
        await Assertions.Expect(dialog.GetByText("请选择场地类型（或云服务站点）")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "organisation-point-form-errors.png") });
        await dialog.GetByTestId("dialog-cancel").ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
    }
}

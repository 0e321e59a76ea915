using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Security;

[Collection(AppServerGroup.Name)]
public class SignInTests(AppServer server)
{
    [Fact]
    public async Task Anonymous_visitor_lands_on_the_Chinese_login_page()
    {
        var page = await server.NewPageAsync();
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        var login = new LoginPage(page);
        await Assertions.Expect(login.UserName).ToBeVisibleAsync();
        await login.Submit.ClickAsync();
        await Assertions.Expect(page.GetByText("请输入用户名")).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "login.png"), FullPage = true });
    }

    [Fact]
    public async Task Secretary_sees_only_their_station_on_the_overview_and_the_stations_list()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).SignInAsync("shuji1");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "县公司总览" })).ToBeVisibleAsync();
        var overviewRows = page.Locator(".rz-data-row");
        await Assertions.Expect(overviewRows).ToHaveCountAsync(1);
        await Assertions.Expect(overviewRows.First).ToContainTextAsync("桐琴供电所");
        await Assertions.Expect(page.GetByText("泉溪供电所")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("user-menu")).ToContainTextAsync("支部书记");

        await page.GetByRole(AriaRole.Link, new() { Name = "站所" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stations$"));
        var rows = page.Locator(".rz-data-row");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("桐琴供电所");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "任务" })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "stations-secretary.png"), FullPage = true });
    }

    [Fact]
    public async Task Sign_out_returns_to_the_login_page()
    {
        var page = await server.NewPageAsync();
        await new LoginPage(page).SignInAsync("jiandu1");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }
}

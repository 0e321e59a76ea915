using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Security;

[Collection(AppServerGroup.Name)]
public class SignInTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Anonymous_visitor_lands_on_the_Chinese_login_page()
    {
        var page = await Server.NewPageAsync();
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        var login = new LoginPage(page);
        await Assertions.Expect(login.UserName).ToBeVisibleAsync();
        await login.Submit.ClickAsync();
        await Assertions.Expect(page.GetByText("请输入用户名")).ToBeVisibleAsync();
        await Assertions.Expect(login.UserName).ToHaveAttributeAsync("aria-invalid", "true");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "login.png"), FullPage = true });
    }

    [Fact]
    public async Task Login_page_switches_to_English_and_back()
    {
        var page = await Server.NewPageAsync();
        await new LoginPage(page).OpenAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "login-en.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Wrong_password_shows_an_error_and_keeps_the_user_on_the_login_page()
    {
        var page = await Server.NewPageAsync();
        var login = new LoginPage(page);
        await login.OpenAsync();
        await login.UserName.FillAsync("jiwei");
        await login.Password.FillAsync("wrong-password");
        await login.Submit.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "用户名或密码错误" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }

    [Fact]
    public async Task Secretary_lands_on_their_station_pending_duties()
    {
        var page = await Server.NewPageAsync();
        await new LoginPage(page).SignInAsync("shuji1");

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/pending\?station=\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("桐琴供电所").First).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Secretary_who_asked_for_a_page_lands_on_it()
    {
        var page = await Server.NewPageAsync();
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await new LoginPage(page).SignInAsync("shuji1", navigate: false);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stations$"));
    }

    [Fact]
    public async Task Secretary_sees_only_their_station_on_the_overview_and_the_stations_list()
    {
        var page = await Server.NewPageAsync();
        await new LoginPage(page).SignInAsync("shuji1");

        await page.GetByRole(AriaRole.Link, new() { Name = "总览" }).First.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "县公司总览" })).ToBeVisibleAsync();
        var overviewRows = page.GetByTestId("ranking-name");
        await Assertions.Expect(overviewRows).ToHaveCountAsync(1);
        await Assertions.Expect(overviewRows.First).ToHaveTextAsync("桐琴供电所");
        await Assertions.Expect(page.GetByText("泉溪供电所")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("user-menu")).ToContainTextAsync("支部书记");

        await page.GetByRole(AriaRole.Link, new() { Name = "站所" }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stations$"));
        var rows = page.Locator("tbody tr").Filter(new() { HasText = "供电所" });
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await Assertions.Expect(rows.First).ToContainTextAsync("桐琴供电所");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "任务" })).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "stations-secretary.png"), FullPage = true });
    }

    [Fact]
    public async Task Sign_out_returns_to_the_login_page()
    {
        var page = await Server.NewPageAsync();
        await new LoginPage(page).SignInAsync("jiandu1");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
    }
}

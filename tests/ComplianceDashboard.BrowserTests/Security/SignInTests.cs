using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Security;

/// <summary>
/// The sign-in form as a person uses it, in a browser context of its own. What the server answers (redirects, the
/// landing page of each role, field errors, the language switch, station scope, cookies, antiforgery) is tested over
/// HTTP in the integration tests (Security/AccessTests, Account/LandingTests, Localization/EnglishPagesTests).
/// </summary>
[Collection(AppServerGroup.Name)]
public class SignInTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task A_visitor_is_sent_to_the_login_form_signs_in_where_they_were_going_signs_out_and_the_form_shows_its_errors()
    {
        var page = await Server.NewPageAsync();
        var login = new LoginPage(page);

        // Asking for a page sends an anonymous visitor to the Chinese login form, and signing in lands on that page.
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await Assertions.Expect(login.UserName).ToBeVisibleAsync();
        await login.SignInAsync("jiandu1", navigate: false);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stations$"));

        // Signing out returns to the login page, and the pages ask for a sign-in again.
        await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));
        await page.GotoAsync("/stations");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));

        // An empty user name is marked at the field.
        await login.OpenAsync();
        await login.Submit.ClickAsync();
        await Assertions.Expect(page.GetByText("请输入用户名")).ToBeVisibleAsync();
        await Assertions.Expect(login.UserName).ToHaveAttributeAsync("aria-invalid", "true");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "login.png"), FullPage = true });

        // A wrong password shows an alert and keeps the visitor on the login page.
        await login.UserName.FillAsync("jiwei");
        await login.Password.FillAsync("wrong-password");
        await login.Submit.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "用户名或密码错误" })).ToBeVisibleAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/login"));

        // A station secretary who asked for nothing lands on their station's pending duties.
        await login.SignInAsync("shuji1");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/pending\?station=\d+$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "待办" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText("桐琴供电所").First).ToBeVisibleAsync();
    }
}

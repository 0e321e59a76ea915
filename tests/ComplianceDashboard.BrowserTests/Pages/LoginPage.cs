using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/account/login as a person sees it.</summary>
public sealed class LoginPage(IPage page)
{
    public const string DemoPassword = "Demo@2026";

    public ILocator UserName => page.GetByLabel("用户名");
    public ILocator Password => page.GetByLabel("密码", new() { Exact = true });
    public ILocator Submit => page.GetByRole(AriaRole.Button, new() { Name = "登录" });

    public async Task OpenAsync()
    {
        await page.GotoAsync("/account/login");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "登录" })).ToBeVisibleAsync();
    }

    /// <summary>Signs in and waits until the app shell shows the user and the circuit is interactive.</summary>
    /// <param name="navigate">false: the login page is already open (e.g. after a redirect with a returnUrl).</param>
    public async Task SignInAsync(string userName, string password = DemoPassword, bool navigate = true)
    {
        if (navigate)
        {
            await OpenAsync();
        }
        await UserName.FillAsync(userName);
        await Password.FillAsync(password);
        await Submit.ClickAsync();
        await page.GetByTestId("user-menu").WaitForAsync();
        await page.Locator("html[data-interactive='true']").WaitForAsync();
    }
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/settings and the pages it leads to (用户管理, 审计日志, 评价标准) as an administrator sees them.</summary>
public sealed class SettingsPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "设置", Exact = true });

    public async Task OpenAsync()
    {
        await AppNavigation.OpenAsync(page, "/settings");
        await Assertions.Expect(Heading).ToBeVisibleAsync();
        await page.Locator("html[data-interactive='true']").WaitForAsync(); // as the other page objects: the cards navigate once Blazor runs
    }

    public Task OpenCardAsync(string title) => page.GetByRole(AriaRole.Link).Filter(new() { HasText = title }).ClickAsync();
}

public sealed class UsersPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "用户管理" });

    public ILocator Grid => page.GetByTestId("user-grid");

    public ILocator Row(string userName) => Grid.GetByRole(AriaRole.Row).Filter(new() { HasText = userName });

    public Task EditAsync(string userName) => page.GetByTestId($"edit-{userName}").ClickAsync();
}

/// <summary>The create/edit user dialog.</summary>
public sealed class UserEditDialog(IPage page)
{
    public ILocator Dialog => page.GetByRole(AriaRole.Dialog);

    public ILocator DisplayName => Dialog.GetByTestId("display-name");

    public ILocator Save => Dialog.GetByTestId("edit-save");

    public ILocator Cancel => Dialog.GetByTestId("edit-cancel");

    /// <summary>The MudBlazor field (input plus its helper/error line) around the input with <paramref name="testId"/>.</summary>
    public ILocator Field(string testId) => Dialog.Locator(".mud-input-control", new() { Has = page.GetByTestId(testId) });
}

public sealed class AuditPage(IPage page)
{
    public ILocator Heading => page.GetByRole(AriaRole.Heading, new() { Name = "审计日志" });

    public ILocator SignIns => page.GetByTestId("signin-grid");

    public ILocator SignInRows => SignIns.Locator("tbody tr");

    public ILocator ChangesTab => page.GetByRole(AriaRole.Tab, new() { Name = "记录变更" });

    public ILocator Changes => page.GetByTestId("change-grid");
}

using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>How the tests and page objects go to a page of the app.</summary>
public static class AppNavigation
{
    /// <summary>
    /// Opens <paramref name="path"/>: on an interactive page of the app, inside the running app as a menu link does
    /// (<see cref="InAppAsync"/>) — nothing to do when the page already shows that address, unless
    /// <paramref name="reload"/> asks to read it afresh; elsewhere (a new tab, the login page) by loading it. The
    /// caller then waits for what shows the page has drawn.
    /// </summary>
    public static async Task OpenAsync(IPage page, string path, bool reload = false)
    {
        if (await page.Locator("html[data-interactive='true']").CountAsync() == 0)
        {
            await page.GotoAsync(path);
        }
        else if (new Uri(page.Url).PathAndQuery != path)
        {
            await InAppAsync(page, path);
        }
        else if (reload)
        {
            await page.ReloadAsync();
        }
    }

    /// <summary>
    /// Goes to <paramref name="path"/> inside the running app, as a menu link does: the interactive router renders the
    /// page in the same circuit, without loading the document and its scripts again (a test of the page's HTTP answer
    /// belongs in the integration tests). Returns once the address has changed; the caller waits for what shows the
    /// page has drawn (content of that page, not of the one before).
    /// </summary>
    public static async Task InAppAsync(IPage page, string path)
    {
        await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path);
    }
}

using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>A browser test class: after each test the pages it opened are closed (the classes of a group share one app server).</summary>
public abstract class BrowserTest(AppServer server) : IAsyncLifetime
{
    protected AppServer Server { get; } = server;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Server.CloseOpenPagesAsync();

    /// <summary>
    /// Goes to <paramref name="path"/> inside the running app, as a menu link does: the interactive router renders the
    /// page in the same circuit, without loading the document and its scripts again (a test of the page's HTTP answer
    /// belongs in the integration tests). Returns once the address has changed; the caller waits for what shows the
    /// page has drawn (content of that page, not of the one before).
    /// </summary>
    protected static async Task NavigateInAppAsync(IPage page, string path)
    {
        await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("path => Blazor.navigateTo(path)", path);
        await page.WaitForURLAsync(url => new Uri(url).PathAndQuery == path);
    }
}

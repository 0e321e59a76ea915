using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>A browser test class: after each test the pages it opened are closed (the classes of a group share one app server).</summary>
public abstract class BrowserTest(AppServer server) : IAsyncLifetime
{
    protected AppServer Server { get; } = server;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Server.CloseOpenPagesAsync();

    /// <summary>Goes to <paramref name="path"/> inside the running app (<see cref="AppNavigation.InAppAsync"/>).</summary>
    protected static Task NavigateInAppAsync(IPage page, string path) => AppNavigation.InAppAsync(page, path);
}

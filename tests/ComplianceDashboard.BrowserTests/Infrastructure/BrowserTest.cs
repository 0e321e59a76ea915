namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>A browser test class: after each test the pages it opened are closed (the classes of a group share one app server).</summary>
public abstract class BrowserTest(AppServer server) : IAsyncLifetime
{
    protected AppServer Server { get; } = server;

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => Server.CloseOpenPagesAsync();
}

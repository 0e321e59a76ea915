namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>Waits for a condition the test itself observes (e.g. events the page reported), checking it every 50 ms.</summary>
public static class Poll
{
    /// <summary>
    /// Returns as soon as <paramref name="condition"/> holds; the cap (<see cref="AppServer.ActionTimeout"/>) only ends
    /// a wait for something that never comes, it is not a budget.
    /// </summary>
    public static async Task UntilAsync(Func<bool> condition)
    {
        var cap = DateTime.UtcNow.AddMilliseconds(AppServer.ActionTimeout);
        while (!condition())
        {
            if (DateTime.UtcNow > cap)
            {
                throw new TimeoutException($"the condition did not hold within {AppServer.ActionTimeout / 1000} s");
            }
            await Task.Delay(50);
        }
    }
}

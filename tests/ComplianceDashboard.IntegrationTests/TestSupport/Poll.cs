namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>Waits for a condition a background job brings about (never a fixed sleep).</summary>
public static class Poll
{
    /// <param name="timeoutSeconds">Only a last resort against a job that never comes (a busy machine just takes longer).</param>
    public static async Task<T> UntilAsync<T>(Func<Task<T?>> probe, int timeoutSeconds = 600) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (true)
        {
            if (await probe() is { } value)
            {
                return value;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"condition not met within {timeoutSeconds} s");
            }
            await Task.Delay(100);
        }
    }
}

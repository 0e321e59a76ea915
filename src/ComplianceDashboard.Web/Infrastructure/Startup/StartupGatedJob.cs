using Hangfire;

namespace ComplianceDashboard.Web.Infrastructure.Startup;

/// <summary>
/// A recurring Hangfire job of a feature: Hangfire's server starts with the host, before the database is migrated, so
/// <see cref="RunAsync"/> waits for start-up and then does the job's work. One run of a job at a time (a second waits
/// up to 10 minutes for the first); how often a failed run is retried is the job's own <c>AutomaticRetry</c>, on its class.
/// </summary>
public abstract class StartupGatedJob(StartupState startup)
{
    /// <summary>The method the job is registered with (<c>job => job.RunAsync()</c>).</summary>
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync()
    {
        await startup.WhenReady;
        await RunWhenReadyAsync();
    }

    protected abstract Task RunWhenReadyAsync();
}

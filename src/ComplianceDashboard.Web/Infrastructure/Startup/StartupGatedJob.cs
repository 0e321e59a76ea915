namespace ComplianceDashboard.Web.Infrastructure.Startup;

/// <summary>
/// A recurring Hangfire job of a feature: Hangfire's server starts with the host, before the database is migrated, so
/// <see cref="RunAsync"/> waits for start-up and then does the job's work. Retry and concurrency are the job's own
/// filter attributes, on its class.
/// </summary>
public abstract class StartupGatedJob(StartupState startup)
{
    /// <summary>The method the job is registered with (<c>job => job.RunAsync()</c>).</summary>
    public async Task RunAsync()
    {
        await startup.WhenReady;
        await RunWhenReadyAsync();
    }

    protected abstract Task RunWhenReadyAsync();
}

namespace ComplianceDashboard.Web.Infrastructure.Startup;

/// <summary>
/// Work that must finish after the database is ready and before the app counts as ready (e.g. closing
/// interrupted job runs before anyone can start a new one). Run in registration order by StartupInitializer.
/// </summary>
public interface IStartupStep
{
    Task RunAsync(Action<string> progress, CancellationToken ct);
}

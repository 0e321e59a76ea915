using ComplianceDashboard.Web.Hosting;

namespace ComplianceDashboard.Web.Infrastructure.Startup;

/// <summary>
/// Prepares the database in the background so Kestrel listens at once: migrate, create the demo county on an
/// empty database, create the accounts, then the registered <see cref="IStartupStep"/>s. A failure (e.g. no initial administrator password) stops the app with exit code 1.
/// </summary>
public sealed partial class StartupInitializer(
    DatabaseInitializer database,
    IEnumerable<IStartupStep> steps,
    StartupState state,
    IHostApplicationLifetime lifetime,
    ILogger<StartupInitializer> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting (and Kestrel listen) first
        try
        {
            await database.InitializeAsync(progress: Report, ct: stoppingToken);
            foreach (var step in steps)
            {
                await step.RunAsync(Report, stoppingToken);
            }
            state.MarkReady();
            LogReady();
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            state.MarkFailed(new OperationCanceledException("stopped before the database was ready"));
        }
        catch (Exception ex)
        {
            LogFailed(ex);
            state.MarkFailed(ex);
            Environment.ExitCode = 1;
            lifetime.StopApplication();
        }
    }

    private void Report(string status)
    {
        state.Report(status);
        LogProgress(status);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: {Status}")]
    private partial void LogProgress(string status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up: ready")]
    private partial void LogReady();

    [LoggerMessage(Level = LogLevel.Critical, Message = "Start-up failed; the app stops")]
    private partial void LogFailed(Exception error);
}

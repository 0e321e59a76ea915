using Microsoft.Extensions.Logging;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// One logger factory for every test host of the process, never disposed (see <see cref="TestApp.SharedTestLogging"/>):
/// warnings and errors go to the console, so a failing test still shows the app's own complaint.
/// </summary>
public static class TestLogging
{
    public static readonly ILoggerFactory Factory = LoggerFactory.Create(logging => logging
        .SetMinimumLevel(LogLevel.Warning)
        .AddSimpleConsole(o => o.SingleLine = true));
}

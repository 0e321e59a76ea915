using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Infrastructure;

/// <summary>
/// Screenshots of passing steps, for a person to look at (artifacts/screenshots): taken only when CD_SCREENSHOTS=1,
/// because full-page PNGs are a large share of the suite's CPU time on a 2-core machine. A failing step is always
/// photographed where the test catches it (the page tour).
/// </summary>
public static class Screenshots
{
    public static bool Enabled => Environment.GetEnvironmentVariable("CD_SCREENSHOTS") == "1";

    /// <summary>Saves a screenshot of <paramref name="page"/> when screenshots are enabled.</summary>
    public static Task SaveAsync(IPage page, PageScreenshotOptions options) => Enabled ? page.ScreenshotAsync(options) : Task.CompletedTask;
}

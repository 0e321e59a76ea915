using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/integrity (台账真实性) as a person sees it.</summary>
public sealed class IntegrityPage(IPage page)
{
    public ILocator HeatMap => page.GetByTestId("chart-card").Filter(new() { HasText = "台账真实性信号热力图" });

    public ILocator Signals => page.GetByTestId("integrity-signals");

    /// <summary>The heat-map cell of signal-kind column <paramref name="column"/> holding <paramref name="count"/> open signals.</summary>
    public ILocator Cell(int column, int count) => HeatMap.Locator($"rect.apexcharts-heatmap-rect[j='{column}'][val='{count}']");

    /// <summary>
    /// Opens the page for <paramref name="year"/> and waits until the signals are there: the app computes them in a
    /// Hangfire job right after its first start, so the first visits may come before it has finished.
    /// </summary>
    public async Task OpenAsync(int year)
    {
        for (var attempt = 0; ; attempt++)
        {
            await AppNavigation.OpenAsync(page, $"/integrity?year={year}", reload: attempt > 0);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "台账真实性", Exact = true })).ToBeVisibleAsync();
            await page.Locator("html[data-interactive='true']").WaitForAsync();
            if (await Signals.CountAsync() > 0 || attempt == 30)
            {
                return;
            }
            await page.WaitForTimeoutAsync(2000);
        }
    }
}

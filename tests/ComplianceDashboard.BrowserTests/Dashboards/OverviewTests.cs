using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Dashboards;

[Collection(AppServerGroup.Name)]
public partial class OverviewTests(AppServer server)
{
    private const string Red = "#c62828";

    [Fact]
    public async Task Overview_shows_kpis_both_heat_maps_trend_and_ranking()
    {
        var page = await server.NewSignedInPageAsync("jiwei");
        await page.GotoAsync("/?year=2026");

        await Assertions.Expect(page.Locator(".kpi-card").Filter(new() { HasText = "优秀（示范型）" })).ToBeVisibleAsync();
        var duty = HeatMap(page, "履职热力图");
        var risk = HeatMap(page, "风险防控扣分热力图");
        await Assertions.Expect(duty.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await Assertions.Expect(risk.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        Assert.Equal(14 * 12, await duty.Locator("rect.apexcharts-heatmap-rect").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "桐琴供电所", Exact = true })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "overview.png"), FullPage = true });
    }

    [Fact]
    public async Task Clicking_a_red_heat_map_cell_lands_on_the_month_listing_exactly_its_missing_obligations()
    {
        var page = await server.NewSignedInPageAsync("jiwei");
        await page.GotoAsync("/?year=2025");
        var cell = HeatMap(page, "履职热力图").Locator($"rect.apexcharts-heatmap-rect[fill='{Red}']").First;
        await Assertions.Expect(cell).ToBeVisibleAsync();

        await cell.HoverAsync();
        var tip = await page.Locator(".apexcharts-tooltip").Filter(new() { HasText = "缺失" }).First.InnerTextAsync();
        var missing = int.Parse(MissingCount().Match(tip).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await cell.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stations/\d+/months/2025-\d{2}$"));
        var rows = page.Locator("[data-testid='month-cells'] tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.True(missing > 0);
        Assert.Equal(missing, await page.Locator("[data-testid='month-cells'] tbody tr[data-status='Missing']").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid='month-cells'] tbody tr[data-status='Missing']").First.GetByRole(AriaRole.Link, new() { Name = "补录" })).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "drilldown-month.png"), FullPage = true });
    }

    private static ILocator HeatMap(IPage page, string title) => page.Locator(".chart-card").Filter(new() { HasText = title });

    [GeneratedRegex("缺失(\\d+)项")]
    private static partial Regex MissingCount();
}

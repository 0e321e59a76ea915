using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Charts;

/// <summary>
/// A station named <c>&lt;img src=x onerror=alert(1)&gt;</c> reaches chart categories, series names and tooltips on
/// every chart page; no script may run and the name must show as text.
/// </summary>
public partial class ChartXssTests(HostileStationApp app) : BrowserTest(app), IClassFixture<HostileStationApp>
{
    private HostileStationApp App => (HostileStationApp)Server;

    [Fact]
    public async Task A_hostile_station_name_never_runs_script_in_any_chart_and_shows_as_text()
    {
        await App.GradeAllAsync();
        var page = await App.NewSignedInPageAsync("jiwei");
        var dialogs = new List<string>();
        page.Dialog += async (_, dialog) =>
        {
            dialogs.Add(dialog.Message);
            await dialog.DismissAsync();
        };
        var year = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai").Year; // the app's year (Shanghai)

        // Overview: both heat maps and the ranking.
        await page.GotoAsync($"/?year={year}");
        // The recompute has finished (GradeAllAsync waited for it): the hostile station is ranked.
        await Assertions.Expect(page.GetByTestId("ranking-name").Filter(new() { HasText = HostileStationApp.HostileName })).ToBeVisibleAsync();
        var duty = page.GetByTestId("chart-card").Filter(new() { HasText = "履职热力图" });
        await Assertions.Expect(duty.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        // Axis labels are SVG text: the name shows as its characters (ApexCharts may shorten a long label).
        await Assertions.Expect(duty.Locator("svg text", new() { HasText = "<img src=x" }).First).ToBeVisibleAsync();
        // Its row is the last by code (the bottom row): the last cells are the hostile station's.
        await duty.Locator("rect.apexcharts-heatmap-rect").Last.HoverAsync(new() { Force = true });
        await Assertions.Expect(duty.Locator(".apexcharts-tooltip")).ToContainTextAsync(HostileStationApp.HostileName);
        await HoverAllAsync(duty.Locator("rect.apexcharts-heatmap-rect"));
        await Assertions.Expect(page.GetByTestId("ranking-name").Filter(new() { HasText = HostileStationApp.HostileName })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);

        // Stations list: the service-points bar chart has the name as a category; its tooltip shows it.
        await NavigateInAppAsync(page, "/stations");
        var bars = page.GetByTestId("chart-card").Filter(new() { HasText = "各供电所服务站点数" });
        await Assertions.Expect(bars.Locator(".apexcharts-bar-area").First).ToBeVisibleAsync();
        await Assertions.Expect(bars.Locator("svg text", new() { HasText = "<img src=x" }).First).ToBeAttachedAsync();
        await HoverAllAsync(bars.Locator(".apexcharts-bar-area"));
        await Assertions.Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);

        // The station's own page (its name in the title and in every chart).
        await page.GetByRole(AriaRole.Link, new() { Name = HostileStationApp.HostileName }).First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stations/\d+"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = HostileStationApp.HostileName }).First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("svg.apexcharts-svg").First).ToBeVisibleAsync();
        await HoverAllAsync(page.Locator("rect.apexcharts-heatmap-rect, .apexcharts-bar-area"));

        // The quarterly report: the overview charts once more.
        await NavigateInAppAsync(page, $"/report?year={year}&quarter=4");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"{year}年第四季度联席会报告" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".report svg.apexcharts-svg").First).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByText(HostileStationApp.HostileName).First).ToBeAttachedAsync();

        await Assertions.Expect(page.Locator("img[src='x']")).ToHaveCountAsync(0);
        Assert.Empty(dialogs);
    }

    /// <summary>Opens the tooltips (innerHTML in ApexCharts) of the first cells/bars.</summary>
    private static async Task HoverAllAsync(ILocator items)
    {
        foreach (var item in (await items.AllAsync()).Take(40))
        {
            await item.HoverAsync(new() { Force = true });
        }
    }
}

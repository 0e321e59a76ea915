using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Dashboards;

[Collection(AppServerGroup.Name)]
public class PendingAndReportTests(AppServer server)
{
    [Fact]
    public async Task Secretary_sees_the_missing_duties_of_the_station_calendar_and_each_links_to_a_prefilled_form()
    {
        var page = await server.NewSignedInPageAsync("shuji2");
        await page.GotoAsync("/pending");
        await Assertions.Expect(page.GetByText("泉溪供电所").First).ToBeVisibleAsync();
        var overdue = page.Locator("[data-testid='overdue'] tbody tr");
        await Assertions.Expect(overdue.First).ToBeVisibleAsync();
        var pendingKeys = await overdue.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.obligation + ' ' + r.dataset.period)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "pending.png"), FullPage = true });

        // The station's calendar shows the same missing cells: open the station page's month drill-downs for them.
        var first = pendingKeys[0].Split(' ');
        var link = overdue.First.GetByRole(AriaRole.Link, new() { Name = "填报" });
        Assert.Matches(new Regex($"records/new\\?kind=\\w+&station=2&period={Regex.Escape(first[1])}"), await link.GetAttributeAsync("href"));
        var points = await overdue.Locator("td.num").AllInnerTextsAsync();
        Assert.Equal(points.Select(decimal.Parse).OrderDescending(), points.Select(decimal.Parse));

        // Every missing cell of 2026 in the calendar appears in the list, and nothing else.
        var missingInCalendar = 0;
        for (var month = 1; month <= 11; month++)
        {
            await page.GotoAsync($"/stations/2/months/2026-{month:D2}");
            await Assertions.Expect(page.Locator(".kpi-card").First).ToBeVisibleAsync();
            missingInCalendar += await page.Locator("[data-testid='month-cells'] tbody tr[data-status='Missing']").CountAsync();
        }
        Assert.Equal(missingInCalendar, pendingKeys.Length);
    }

    [Fact]
    public async Task Quarterly_report_renders_both_heat_maps_ranking_and_gaps_for_printing()
    {
        var page = await server.NewSignedInPageAsync("jiwei");
        await page.GotoAsync("/report?year=2026&quarter=3");

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2026年第三季度联席会报告", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart-card").Filter(new() { HasText = "履职热力图" }).Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart-card").Filter(new() { HasText = "风险防控扣分热力图" }).Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        Assert.Equal(14 * 3, await page.Locator(".chart-card").Filter(new() { HasText = "履职热力图" }).Locator("rect.apexcharts-heatmap-rect").CountAsync());
        Assert.Equal(14, await page.Locator("[data-testid='report-gaps'] tbody tr").CountAsync());
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "report.png"), FullPage = true });
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.Locator(".rz-sidebar")).ToBeHiddenAsync();
        await page.PdfAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "report.pdf"), Format = "A4", PrintBackground = true });
    }
}

using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Dashboards;

[Collection(AppServerGroup.Name)]
public class PendingAndReportTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Secretary_sees_the_missing_duties_of_the_station_calendar_and_each_links_to_a_prefilled_form()
    {
        var page = await Server.NewSignedInPageAsync("shuji2", "/pending");
        await Assertions.Expect(page.GetByText("泉溪供电所").First).ToBeVisibleAsync();
        var overdue = page.Locator("[data-testid='overdue'] tbody tr");
        await Assertions.Expect(overdue.First).ToBeVisibleAsync();
        var pendingKeys = await overdue.EvaluateAllAsync<string[]>("rows => rows.map(r => { const c = r.querySelector('[data-obligation]'); return c.dataset.obligation + ' ' + c.dataset.period; })");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "pending.png"), FullPage = true });

        // The station's calendar shows the same missing cells: open the station page's month drill-downs for them.
        var first = pendingKeys[0].Split(' ');
        var link = overdue.First.GetByRole(AriaRole.Link, new() { Name = "填报" });
        Assert.Matches(new Regex($"records/new\\?kind=\\w+&station=2&period={Regex.Escape(first[1])}"), await link.GetAttributeAsync("href"));
        var points = await overdue.Locator("[data-testid='points']").AllInnerTextsAsync();
        Assert.Equal(points.Select(decimal.Parse).OrderDescending(), points.Select(decimal.Parse));

        // Every missing cell of 2026 in the calendar appears in the list, and nothing else.
        var missingInCalendar = 0;
        for (var month = 1; month <= 11; month++)
        {
            // Inside the app, as the calendar's links go: the heading names the month once its cells are drawn.
            await NavigateInAppAsync(page, $"/stations/2/months/2026-{month:D2}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"泉溪供电所 · 2026年{month}月" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator(".kpi-card").First).ToBeVisibleAsync();
            missingInCalendar += await page.Locator("[data-testid='month-cells'] tbody [data-status='Missing']").CountAsync();
        }
        Assert.Equal(missingInCalendar, pendingKeys.Length);
    }

    /// <summary>
    /// 纪委领导 reads a station's pending duties and its running month without form links (the secretary's link:
    /// SecretaryPagesTests), then the quarterly report: by default the last complete quarter, with both heat maps, the
    /// ranking and the gaps, printed whole.
    /// </summary>
    [Fact]
    public async Task A_read_only_leader_gets_no_form_links_and_prints_the_quarterly_report_of_the_last_complete_quarter()
    {
        // The browser tests run on the real clock. On a month's last day (in Shanghai) the month's open duties are due
        // today and flagged 今日截止.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        var monthEnds = today.AddDays(1).Day == 1;
        var leader = await Server.NewSignedInPageAsync("jiwei", "/pending?station=1");
        await Assertions.Expect(leader.Locator("[data-testid='due'] tbody tr").First).ToBeVisibleAsync();
        if (monthEnds)
        {
            await Assertions.Expect(leader.Locator("[data-testid='due'] tbody tr").First.GetByText("今日截止")).ToBeVisibleAsync();
        }
        await Assertions.Expect(leader.GetByRole(AriaRole.Link, new() { Name = "填报" })).ToHaveCountAsync(0);
        await NavigateInAppAsync(leader, $"/stations/1/months/{today:yyyy-MM}");
        await Assertions.Expect(leader.Locator("[data-testid='month-cells'] tbody tr").First).ToBeVisibleAsync();
        if (monthEnds)
        {
            await Assertions.Expect(leader.Locator("[data-testid='month-cells'] tbody [data-status='DueToday']").First).ToBeVisibleAsync();
        }
        await Assertions.Expect(leader.GetByRole(AriaRole.Link, new() { Name = "补录" })).ToHaveCountAsync(0);

        // Today is 2026-11-30: the report's default is the last complete quarter, the third.
        await NavigateInAppAsync(leader, "/report");
        await Assertions.Expect(leader.GetByRole(AriaRole.Heading, new() { Name = "2026年第三季度联席会报告", Exact = false })).ToBeVisibleAsync();
        await QuarterlyReportAsync(leader);
    }

    /// <summary>The quarterly report renders both heat maps, the ranking and the gaps, and prints every section.</summary>
    private static async Task QuarterlyReportAsync(IPage page)
    {
        await NavigateInAppAsync(page, "/report?year=2026&quarter=3");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "2026年第三季度联席会报告", Exact = false })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart-card").Filter(new() { HasText = "履职热力图" }).Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".chart-card").Filter(new() { HasText = "风险防控扣分热力图" }).Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        Assert.Equal(14 * 3, await page.Locator(".chart-card").Filter(new() { HasText = "履职热力图" }).Locator("rect.apexcharts-heatmap-rect").CountAsync());
        Assert.Equal(14, await page.Locator("[data-testid='report-gaps'] tbody tr").CountAsync());
        Assert.Equal(14, await page.Locator("[data-testid='report-ranking'] tbody tr").CountAsync());
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "report.png"), FullPage = true });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "打印 / 另存为PDF" })).ToBeHiddenAsync();
        // At the width of an A4 page (794 CSS px) the heat maps are redrawn to fit: nothing sticks out on the right.
        await page.SetViewportSizeAsync(794, 1123);
        await page.WaitForFunctionAsync("""
            () => { const charts = [...document.querySelectorAll('.report svg.apexcharts-svg')];
                    return charts.length === 2 && charts.every(s => s.getBoundingClientRect().right <= document.documentElement.clientWidth); }
            """);
        var pdf = await page.PdfAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "report.pdf"), Format = "A4", PrintBackground = true });

        // Every section is in the PDF, not only the first page: the last row of the last section (its station link) is printed.
        var text = System.Text.Encoding.Latin1.GetString(pdf);
        var pages = Regex.Count(text, @"/Type\s*/Page(?![s\w])");
        Assert.True(pages > 1, $"the report printed {pages} page(s)");
        var lastStation = await page.Locator("[data-testid='report-gaps'] tbody tr").Last.GetAttributeAsync("data-station");
        Assert.Contains($"/stations/{lastStation}/months/2026-09)", text, StringComparison.Ordinal);
    }
}

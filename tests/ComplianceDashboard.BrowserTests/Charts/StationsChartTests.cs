using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Charts;

[Collection(AppServerGroup.Name)]
public class StationsChartTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Stations_page_draws_the_service_points_chart_with_a_download_toolbar()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/stations");
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        var card = page.GetByTestId("chart-card").Filter(new() { HasText = "各供电所服务站点数" });
        await Assertions.Expect(card.Locator("svg.apexcharts-svg").First).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".apexcharts-canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".apexcharts-bar-area").First).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "stations-chart.png"), FullPage = true });

        await card.Locator(".apexcharts-menu-icon").ClickAsync();
        await Assertions.Expect(card.Locator(".apexcharts-menu-item", new() { HasText = "下载PNG" })).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".apexcharts-menu-item", new() { HasText = "下载CSV" })).ToBeVisibleAsync();

        // The PNG is named after the chart (not a random chart id) and at least 1,600 px wide.
        var download = await page.RunAndWaitForDownloadAsync(() => card.Locator(".apexcharts-menu-item", new() { HasText = "下载PNG" }).ClickAsync());
        Assert.Equal("各供电所服务站点数.png", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4)) >= 1600);
        var csv = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await card.Locator(".apexcharts-menu-icon").ClickAsync();
            await card.Locator(".apexcharts-menu-item", new() { HasText = "下载CSV" }).ClickAsync();
        });
        Assert.Equal("各供电所服务站点数.csv", csv.SuggestedFilename);
    }

    [Fact]
    public async Task Export_CSV_button_downloads_the_shown_rows_with_a_BOM()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/stations");
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出CSV" }).ClickAsync());

        Assert.Matches(@"^站所列表_\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("编号,站所,乡镇,服务站点,人员", lines[0]);
        Assert.Equal(await page.Locator("[data-testid='stations-grid'] tbody tr").CountAsync(), lines.Length - 1);
    }

    [Fact]
    public async Task Station_list_links_each_station_to_its_page()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/stations");
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        var rows = page.Locator("[data-testid='stations-grid'] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(14);
        await rows.First.GetByRole(AriaRole.Link, new() { Name = "桐琴供电所" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/stations/1$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "桐琴供电所", Exact = true })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Station_page_score_table_wraps_within_the_viewport_and_service_points_name_their_people()
    {
        var page = await Server.NewSignedInPageAsync("shuji1", "/stations/1");
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        var table = page.Locator("[data-testid='item-breakdown'] table");
        await Assertions.Expect(table).ToBeVisibleAsync();
        var box = await table.BoundingBoxAsync();
        Assert.True(box!.Width <= 1440, $"the score table is {box.Width}px wide at a 1440px viewport");
        Assert.True(box.X + box.Width <= 1440, "the score table sticks out of the viewport");
        var explanation = page.Locator("[data-testid='item-breakdown'] td.explanation").First;
        var cell = await explanation.BoundingBoxAsync();
        Assert.True(cell!.X + cell.Width <= 1440, "an explanation is cut off on the right");

        var points = page.Locator("[data-testid='service-points']");
        await Assertions.Expect(points.Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(points).Not.ToContainTextAsync("row.Manager");
        await Assertions.Expect(points).Not.ToContainTextAsync("row.Supervisor");
        var managers = await points.Locator("td[data-testid='manager']").AllInnerTextsAsync();
        Assert.All(managers, name => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", name.Trim()));

        // The calendar tells not-yet-due and running months apart from done ones (today is 2026-11-30: duties due today).
        var calendar = page.Locator(".chart-card").Filter(new() { HasText = "年履职日历" });
        await Assertions.Expect(calendar.Locator(".apexcharts-legend")).ToContainTextAsync("未到期");
        await Assertions.Expect(calendar.Locator(".apexcharts-legend")).ToContainTextAsync("本月进行中");
        await Assertions.Expect(calendar.Locator(".apexcharts-legend")).ToContainTextAsync("今日截止");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "station.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(table).ToBeVisibleAsync();
        // Wide tables scroll inside their own container; the page itself does not scroll sideways.
        await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= 390");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "station-phone.png"), FullPage = true });
    }
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Charts;

[Collection(AppServerGroup.Name)]
public class StationsChartTests(AppServer server)
{
    [Fact]
    public async Task Stations_page_draws_the_service_points_chart_with_a_download_toolbar()
    {
        var page = await server.NewSignedInPageAsync("jiwei");
        await page.GotoAsync("/stations");
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        var card = page.GetByTestId("chart-card").Filter(new() { HasText = "各供电所服务站点数" });
        await Assertions.Expect(card.Locator("svg.apexcharts-svg").First).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".apexcharts-canvas").First).ToBeVisibleAsync();
        await Assertions.Expect(card.Locator(".apexcharts-bar-area").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppServer.ArtifactsFolder, "stations-chart.png"), FullPage = true });

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
        var page = await server.NewSignedInPageAsync("jiwei");
        await page.GotoAsync("/stations");
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出CSV" }).ClickAsync());

        Assert.Matches(@"^站所列表_\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var path = await download.PathAsync();
        var bytes = await File.ReadAllBytesAsync(path!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("编号,站所,乡镇,服务站点,人员", lines[0]);
        Assert.Equal(await page.Locator(".rz-data-grid tbody tr").CountAsync(), lines.Length - 1);
    }
}

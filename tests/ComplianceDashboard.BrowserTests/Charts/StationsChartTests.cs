using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Charts;

[Collection(AppServerGroup.Name)]
public class StationsChartTests(AppServer server) : BrowserTest(server)
{
    /// <summary>
    /// 纪委领导 (reads every station) goes from the overview to the stations list with the menu, without a reload; the
    /// list draws the service-points chart with its download toolbar, exports its rows and links each station to its page.
    /// </summary>
    [Fact]
    public async Task A_leader_opens_the_stations_list_from_the_menu_without_a_reload_downloads_its_chart_and_rows_and_opens_a_station()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/");
        await page.WaitForFunctionAsync("() => window.Blazor !== undefined");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "县公司总览", Exact = true })).ToBeVisibleAsync();
        // The circuit is interactive (NewSignedInPageAsync waited for it): mark the window, a full reload would lose the mark.
        await page.EvaluateAsync("() => window.__noReload = 42");

        await page.GetByRole(AriaRole.Link, new() { Name = "站所" }).First.ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stations$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "站所", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.__noReload"));
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "stations.png"), FullPage = true });

        // The service-points chart and its toolbar: PNG and CSV downloads named after the chart.
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
        var png = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.True(System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)) >= 1600);
        var chartCsv = await page.RunAndWaitForDownloadAsync(async () =>
        {
            await card.Locator(".apexcharts-menu-icon").ClickAsync();
            await card.Locator(".apexcharts-menu-item", new() { HasText = "下载CSV" }).ClickAsync();
        });
        Assert.Equal("各供电所服务站点数.csv", chartCsv.SuggestedFilename);

        // 导出CSV downloads the shown rows with a BOM.
        var rows = page.Locator("[data-testid='stations-grid'] tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(14);
        var export = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "导出CSV" }).ClickAsync());
        Assert.Matches(@"^站所列表_\d{4}-\d{2}-\d{2}\.csv$", export.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await export.PathAsync())!);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var lines = System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("编号,站所,乡镇,服务站点,人员", lines[0]);
        Assert.Equal(await rows.CountAsync(), lines.Length - 1);

        // Each station links to its page.
        await rows.First.GetByRole(AriaRole.Link, new() { Name = "桐琴供电所" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/stations/1$"));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "桐琴供电所", Exact = true })).ToBeVisibleAsync();
        Assert.Equal(42, await page.EvaluateAsync<int>("() => window.__noReload"));
    }
}

using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Dashboards;

[Collection(AppServerGroup.Name)]
public partial class OverviewTests(AppServer server) : BrowserTest(server)
{
    private const string Red = "#c62828";

    /// <summary>
    /// 纪委领导 on the county overview: KPI cards, both heat maps (with the months not yet due and the running month
    /// told apart), the trend and the ranking (a visible name column, searched on the server); a heat map's PNG
    /// download; a red cell drilling down to its month; the ranking at phone width. The overview in English and the
    /// language switch: PageTourTests.
    /// </summary>
    [Fact]
    public async Task A_leader_reads_the_overview_downloads_a_heat_map_drills_into_a_red_cell_and_reads_the_ranking_on_a_phone()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/?year=2026");

        // KPIs, both heat maps and the ranking.
        await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "优秀（示范型）" })).ToBeVisibleAsync();
        var duty = HeatMap(page, "履职热力图");
        var risk = HeatMap(page, "风险防控扣分热力图");
        await Assertions.Expect(duty.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await Assertions.Expect(risk.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        Assert.Equal(14 * 12, await duty.Locator("rect.apexcharts-heatmap-rect").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "桐琴供电所", Exact = true })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "overview.png"), FullPage = true });

        // The ranking shows the station names in a visible column.
        var names = page.GetByTestId("ranking-name");
        await Assertions.Expect(names).ToHaveCountAsync(14);
        var first = names.First;
        await Assertions.Expect(first).ToHaveTextAsync(new Regex("供电所$"));
        var box = await first.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.True(box.Width > 40, $"name width {box.Width}");
        var nameCell = page.GetByRole(AriaRole.Cell, new() { Name = await first.InnerTextAsync(), Exact = true });
        Assert.True((await nameCell.BoundingBoxAsync())!.Width > 80);

        // This year's heat maps: every future month grey "未到期", the running month blue "本月进行中" (never green
        // "90%及以上"), 14 stations. The app's today is Shanghai's (the machine may run on UTC: from 16:00 UTC they
        // differ by a day, and at a month's end by a month).
        var today = TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai");
        if (today.Year != 2026)
        {
            await page.GotoAsync($"/?year={today.Year}");
            await Assertions.Expect(duty.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        }
        await Assertions.Expect(duty.Locator($"rect.apexcharts-heatmap-rect[fill='{NotYetDue}']")).ToHaveCountAsync(14 * (12 - today.Month));
        await Assertions.Expect(duty.Locator($"rect.apexcharts-heatmap-rect[fill='{Running}']")).ToHaveCountAsync(14);
        await Assertions.Expect(risk.Locator($"rect.apexcharts-heatmap-rect[fill='{NotYetDue}']")).ToHaveCountAsync(14 * (12 - today.Month));
        await Assertions.Expect(duty.Locator(".apexcharts-legend")).ToContainTextAsync("未到期");
        await Assertions.Expect(duty.Locator(".apexcharts-legend")).ToContainTextAsync("本月进行中");
        await Assertions.Expect(risk.Locator(".apexcharts-legend")).ToContainTextAsync("本月进行中");

        // The ranking is searched on the server.
        await Assertions.Expect(names).ToHaveCountAsync(14);
        await page.GetByTestId("ranking-search").FillAsync("桐琴");
        await Assertions.Expect(names).ToHaveCountAsync(1);
        await Assertions.Expect(names.First).ToHaveTextAsync("桐琴供电所");
        await page.GetByTestId("ranking-search").FillAsync("不存在的站所");
        await Assertions.Expect(page.GetByText("没有符合条件的站所。")).ToBeVisibleAsync();

        // A heat map's PNG is titled, wide, and named after the chart and the period.
        await page.GotoAsync("/?year=2026&quarter=3");
        await Assertions.Expect(duty.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await duty.Locator(".apexcharts-menu-icon").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => duty.Locator(".apexcharts-menu-item", new() { HasText = "下载PNG" }).ClickAsync());
        Assert.Equal("履职热力图-2026年第三季度.png", download.SuggestedFilename);
        var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        var width = System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16, 4));
        Assert.True(width >= 1600, $"PNG width {width}");
        await download.SaveAsAsync(Path.Combine(AppServer.ArtifactsFolder, download.SuggestedFilename));

        // A red cell of last year lands on its month, listing exactly its missing obligations.
        await page.GotoAsync("/?year=2025");
        var cell = duty.Locator($"rect.apexcharts-heatmap-rect[fill='{Red}']").First;
        await Assertions.Expect(cell).ToBeVisibleAsync();
        await cell.HoverAsync();
        var tip = await page.Locator(".apexcharts-tooltip").Filter(new() { HasText = "缺失" }).First.InnerTextAsync();
        var missing = int.Parse(MissingCount().Match(tip).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await cell.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/stations/\d+/months/2025-\d{2}$"));
        var rows = page.Locator("[data-testid='month-cells'] tbody tr");
        await Assertions.Expect(rows.First).ToBeVisibleAsync();
        Assert.True(missing > 0);
        Assert.Equal(missing, await page.Locator("[data-testid='month-cells'] tbody [data-status='Missing']").CountAsync());
        // 纪委领导 reads but does not write records: no 补录 link that would lead to 无权访问.
        Assert.Equal(0, await page.GetByTestId("add-record").CountAsync());
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "drilldown-month.png"), FullPage = true });

        // At phone width the ranking stays readable.
        await page.SetViewportSizeAsync(390, 844);
        await NavigateInAppAsync(page, "/?year=2026");
        await Assertions.Expect(page.GetByTestId("ranking-name").First).ToBeVisibleAsync();
        Assert.True((await page.GetByTestId("ranking-name").First.BoundingBoxAsync())!.Width > 40);
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "overview-phone.png"), FullPage = true });
    }

    private const string NotYetDue = "#e0e0e0";
    private const string Running = "#90caf9";

    private static ILocator HeatMap(IPage page, string title) => page.GetByTestId("chart-card").Filter(new() { HasText = title });

    [GeneratedRegex("缺失(\\d+)项")]
    private static partial Regex MissingCount();
}

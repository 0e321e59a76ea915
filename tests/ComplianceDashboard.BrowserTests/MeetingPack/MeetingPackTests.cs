using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.MeetingPack;

[Collection(WritingAppServerGroup.Name)]
public class MeetingPackTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task The_discipline_leader_generates_the_joint_meeting_pack_and_downloads_its_three_files_and_a_titled_svg()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/report?year=2026&quarter=3");
        await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var panel = page.GetByTestId("meeting-pack");
        await panel.GetByTestId("generate-pack").ClickAsync();

        // The job runs in the background; the page polls until the pack is ready.
        var done = panel.Locator("[data-testid=pack-list] tr[data-status=Done]").First;
        await Assertions.Expect(done).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "meeting-pack.png") });

        foreach (var (kind, name) in new[] { ("docx", "Word报告"), ("pptx", "PPT演示文稿"), ("xlsx", "Excel数据") })
        {
            var download = await page.RunAndWaitForDownloadAsync(() => done.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync());
            Assert.Equal($"2026年第三季度联席会材料-全县.{kind}", download.SuggestedFilename);
            var bytes = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Assert.True(bytes.Length > 2000, $"{kind}: {bytes.Length} bytes");
            Assert.Equal("PK"u8.ToArray(), bytes[..2]); // an OpenXML package
            await download.SaveAsAsync(Path.Combine(AppServer.ArtifactsFolder, download.SuggestedFilename));
        }

        // Each chart also downloads as SVG with its title drawn in.
        var card = page.GetByTestId("chart-card").Filter(new() { HasText = "履职热力图" }).First;
        await Assertions.Expect(card.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await card.Locator(".apexcharts-menu-icon").ClickAsync();
        var svg = await page.RunAndWaitForDownloadAsync(() => card.Locator(".apexcharts-menu-item", new() { HasText = "下载SVG" }).ClickAsync());
        Assert.EndsWith(".svg", svg.SuggestedFilename, StringComparison.Ordinal);
        var text = await File.ReadAllTextAsync((await svg.PathAsync())!);
        Assert.StartsWith("<?xml", text, StringComparison.Ordinal);
        Assert.Contains("<title>履职热力图", text, StringComparison.Ordinal);
        Assert.Contains("apexcharts-heatmap-rect", text, StringComparison.Ordinal);
    }
}

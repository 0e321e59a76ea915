using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Integrity;

[Collection(AppServerGroup.Name)]
public class IntegrityPageTests(AppServer server) : BrowserTest(server)
{
    /// <summary>The heat map's columns follow SignalKind: late entry, burst, reused attachment, copied text, …</summary>
    private const int CopiedTextColumn = 3;

    [Fact]
    public async Task A_discipline_leader_goes_from_the_heat_map_to_two_copied_minutes_side_by_side()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "台账真实性" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/integrity$"));
        var integrity = new IntegrityPage(page);
        await integrity.OpenAsync(DateTime.UtcNow.AddHours(8).Year); // the demo county copies minutes in the current year

        // Only the demo's 白洋供电所 has a copied-text signal: its cell is the one with a count of 1 in that column.
        var cell = integrity.Cell(CopiedTextColumn, 1);
        await Assertions.Expect(cell).ToHaveCountAsync(1);
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "integrity.png"), FullPage = true });
        await cell.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("kind=CopiedText"));

        // The address changes before the list is filtered: wait for the cell's one signal, not a row of the whole list.
        var rows = integrity.Signals.Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        var row = rows.Filter(new() { HasText = "白洋供电所" });
        await Assertions.Expect(row).ToHaveCountAsync(1);
        await row.GetByRole(AriaRole.Link).ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/integrity/signals/\d+$"));
        var texts = page.GetByTestId("integrity-text");
        await Assertions.Expect(texts).ToHaveCountAsync(2);
        await Assertions.Expect(texts.Nth(0)).ToContainTextAsync("会议由支部书记主持");
        await Assertions.Expect(texts.Nth(1)).ToContainTextAsync("会议由支部书记主持");
        await Assertions.Expect(texts.Nth(0).Locator("mark.integrity-diff").First).ToBeVisibleAsync(); // what differs is marked
        await Assertions.Expect(page.GetByTestId("integrity-records").GetByRole(AriaRole.Link)).ToHaveCountAsync(2);
        // 纪委领导 reads; only 考评员 mark a signal as explained.
        Assert.Equal(0, await page.GetByTestId("integrity-explain").CountAsync());
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "integrity-copied-text.png"), FullPage = true });
    }
}

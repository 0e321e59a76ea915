using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Supervision;

[Collection(WritingAppServerGroup.Name)]
public class FindingCloseOutTests(AppServer server) : BrowserTest(server)
{
    private static readonly byte[] Pdf = [.. "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%% close-out evidence\n%%EOF\n"u8];

    [Fact]
    public async Task A_discipline_leader_drills_from_the_findings_heat_map_to_an_overdue_finding_and_closes_it_out_with_evidence()
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var page = await Server.NewSignedInPageAsync("jiwei", "/");
        await page.GetByRole(AriaRole.Link, new() { Name = "监督整改" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/supervision$"));
        await page.Locator("html[data-interactive='true']").WaitForAsync();

        // The current month's column: a cell counts the station's findings overdue today; the demo has some.
        var heatMap = page.GetByTestId("chart-card").Filter(new() { HasText = "问题整改热力图" });
        var overdueCell = heatMap.Locator($"rect.apexcharts-heatmap-rect[j='{today.Month - 1}']:is([val='1'],[val='2'],[val='3'],[val='4'],[val='5'],[val='6'])").First;
        await Assertions.Expect(overdueCell).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "supervision-heatmap.png"), FullPage = true });
        await overdueCell.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"station=\\d+&month={today.Month}"));
        // The address changes before the page renders the cell's findings: until the list's heading names the month,
        // the table still lists every station's, and a row taken from it can vanish under the click.
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"问题清单 · {today.Month}月" })).ToBeVisibleAsync();

        var overdueRow = page.GetByTestId("findings-table").Locator("tbody tr").Filter(new() { Has = page.GetByTestId("finding-overdue") }).First;
        await overdueRow.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/supervision/findings/\d+$"));
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await Assertions.Expect(page.GetByTestId("finding-facts").GetByTestId("finding-overdue")).ToBeVisibleAsync();

        // Close-out needs evidence: upload it, then close out with the leader as verifier (prefilled).
        await FileUpload.ChooseAsync(page.GetByTestId("evidence-input"), new FilePayload { Name = "整改照片.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await Assertions.Expect(page.GetByTestId("evidence-item").Filter(new() { HasText = "整改照片.pdf" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("closeout-verifier")).ToHaveValueAsync("县纪委 王书记");
        await page.GetByTestId("closeout-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("finding-facts")).ToContainTextAsync("逾期销号");
        await Assertions.Expect(page.GetByTestId("step-history")).ToContainTextAsync("销号");
        await Assertions.Expect(page.GetByTestId("finding-closeout")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("finding-effect")).ToBeVisibleAsync(); // the effect evaluation comes next
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "supervision-closed-out.png"), FullPage = true });
    }
}

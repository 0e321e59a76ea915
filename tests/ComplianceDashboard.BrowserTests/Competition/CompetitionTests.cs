using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Competition;

/// <summary>
/// The demo county's MD-2006 round of last year is being scored: five drawn units are scored, the sixth waits. An
/// evaluator scores it on a phone and the ranking gains it; the fulfilment heat map drills down to a row's months.
/// </summary>
[Collection(WritingAppServerGroup.Name)]
public class CompetitionTests(AppServer server) : BrowserTest(server)
{
    private static int DemoYear => DateTime.UtcNow.AddHours(8).Year - 1;

    [Fact]
    public async Task An_evaluator_scores_a_unit_on_a_phone_and_the_ranking_updates()
    {
        var page = await Server.NewSignedInPageAsync("kaoping", "/competition");
        await page.SetViewportSizeAsync(390, 844);
        await page.GetByRole(AriaRole.Link, new() { Name = $"{DemoYear}年蒙电服务进万家竞赛评比" }).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/competition/rounds/\d+$"));
        var ranking = page.GetByTestId("ranking-row");
        await Assertions.Expect(ranking).ToHaveCountAsync(5);
        var roundUrl = page.Url;

        // Entries are listed in draw order: the sixth drawn unit has no score yet.
        await page.GetByTestId("entry-link").Nth(5).ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/competition/entries/\d+$"));
        await Assertions.Expect(page.GetByTestId("evaluator-total")).ToHaveTextAsync("—");
        var item = page.Locator("[data-testid='judgement-item'][data-code='1.1.2']");
        await Assertions.Expect(item.GetByTestId("self-score")).ToContainTextAsync("自评");

        // A step that is not 0.5 is refused at the field, then a valid score is shown at once (当场亮分).
        var points = item.Locator("input").First;
        await points.FillAsync("1.2");
        await points.PressAsync("Tab");
        await item.Locator("textarea").First.FillAsync("服务测评记录不完整");
        await item.GetByTestId("save-score").ClickAsync();
        await Assertions.Expect(item).ToContainTextAsync("得分须为0.5分的整数倍");
        await points.FillAsync("2.5");
        await points.PressAsync("Tab");
        await item.GetByTestId("save-score").ClickAsync();
        await Assertions.Expect(page.GetByTestId("evaluator-total")).Not.ToHaveTextAsync("—");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 390"), "the scoring page scrolls sideways at 390 px");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "competition-scoring-phone.png"), FullPage = true });

        await page.GotoAsync(roundUrl);
        await Assertions.Expect(ranking).ToHaveCountAsync(6);
    }

    [Fact]
    public async Task The_fulfilment_heat_map_drills_down_to_a_rows_months()
    {
        var page = await Server.NewSignedInPageAsync("jiwei", $"/competition/fulfilment?year={DemoYear}");
        await Assertions.Expect(page.GetByTestId("chart-card").First).ToBeVisibleAsync();
        // Two demo units run below the rural reliability threshold (row 3): their cells read 0%.
        var belowRural = page.Locator("a[data-testid='fulfilment-cell'][href$='/rows/3']").Filter(new() { HasTextRegex = new Regex("^0%$") });
        await Assertions.Expect(belowRural).ToHaveCountAsync(2);
        // The chart shows the table's figures: as many 0% cells (rows 6–11 come from the 业扩 applications and vary).
        var zeroInTable = await page.GetByTestId("fulfilment-cell").Filter(new() { HasTextRegex = new Regex("^0%$") }).CountAsync();
        var cells = page.Locator("rect.apexcharts-heatmap-rect[val='0']");
        await Assertions.Expect(cells).ToHaveCountAsync(zeroInTable);
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "competition-fulfilment.png"), FullPage = true });
        await cells.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/competition/fulfilment/\d+/\d{4}/rows/\d+$"));
        await Assertions.Expect(page.GetByTestId("row-month")).ToHaveCountAsync(12);

        await page.GoBackAsync();
        await belowRural.First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/competition/fulfilment/\d+/\d{4}/rows/3$"));
        await Assertions.Expect(page.GetByTestId("row-summary")).ToContainTextAsync("不低于98%");
        await Assertions.Expect(page.GetByTestId("row-month")).ToHaveCountAsync(12);
        await Assertions.Expect(page.GetByTestId("row-month").First).ToContainTextAsync("97.6%");
    }
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/evaluation, a round and a station in it, as an evaluator uses them.</summary>
public sealed class EvaluationPages(IPage page)
{
    public ILocator SampleResult => page.GetByTestId("sample-result");

    public ILocator SampledBadges => page.GetByTestId("round-stations").GetByTestId("sampled");

    /// <summary>The title cells of the evidence review table on a station's page.</summary>
    public ILocator EvidenceTitles => page.GetByTestId("evidence-title");

    /// <summary>
    /// Creates a round with the form's defaults (last year, all stations, the evaluator as team) and opens it;
    /// <paramref name="rename"/> replaces the suggested name (so tests sharing the app do not create look-alike rounds).
    /// </summary>
    public async Task CreateRoundAndOpenAsync(string name, string? rename = null)
    {
        await AppNavigation.OpenAsync(page, "/evaluation");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建评价" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("评价名称")).ToHaveValueAsync(name);
        if (rename is not null)
        {
            await page.GetByLabel("评价名称").FillAsync(rename);
            name = rename;
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    /// <summary>Opens the first station in the round's grid (waiting for its grading snapshot).</summary>
    public async Task OpenFirstStationAsync()
    {
        var first = page.GetByTestId("round-stations").GetByRole(AriaRole.Link).First;
        await OpenStationAsync(await first.InnerTextAsync());
    }

    public async Task DrawAsync(int size, int seed)
    {
        await page.GetByLabel("抽取数量").FillAsync(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByLabel("随机种子（留空自动生成）").FillAsync(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "抽取" }).ClickAsync();
        await Assertions.Expect(SampleResult).ToContainTextAsync($"种子 {seed}");
    }

    /// <summary>定级 on a station's page: the button asks first; confirms the dialog.</summary>
    public async Task FinaliseAsync()
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "定级", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("定级后分数锁定");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Assertions.Expect(page.GetByTestId("finalised")).ToBeVisibleAsync();
    }

    /// <summary>
    /// Opens a station of the round, reloading until the grading run has produced its snapshot (readiness: a busy
    /// machine just reloads longer; the 15-minute cap only ends a run that never finishes).
    /// </summary>
    public async Task OpenStationAsync(string stationName)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = stationName }).ClickAsync();
        var graded = page.GetByText("含专家评定得分");
        var notYet = page.GetByText("该站所本年度还没有评分结果");
        var cap = DateTime.UtcNow.AddMinutes(15);
        // The station's page has drawn, graded or not yet, before it is judged (right after the click it is neither).
        await Assertions.Expect(graded.Or(notYet)).ToBeVisibleAsync();
        while (DateTime.UtcNow < cap && !await graded.IsVisibleAsync())
        {
            await page.WaitForTimeoutAsync(2000);
            await page.ReloadAsync();
            await page.Locator("html[data-interactive='true']").WaitForAsync();
            await Assertions.Expect(graded.Or(notYet)).ToBeVisibleAsync();
        }
        await Assertions.Expect(graded).ToBeVisibleAsync();
    }
}

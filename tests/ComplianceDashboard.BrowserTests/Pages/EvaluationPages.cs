using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Pages;

/// <summary>/evaluation, a round and a station in it, as an evaluator uses them.</summary>
public sealed class EvaluationPages(IPage page)
{
    public ILocator SampleResult => page.GetByTestId("sample-result");

    public ILocator SampledBadges => page.Locator(".rz-data-grid .rz-badge", new() { HasText = "抽中" });

    /// <summary>Creates a round with the form's defaults (last year, all stations, the evaluator as team) and opens it.</summary>
    public async Task CreateRoundAndOpenAsync(string name)
    {
        await page.GotoAsync("/evaluation");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "新建评价" }).ClickAsync();
        await Assertions.Expect(page.Locator("input[name=Name]")).ToHaveValueAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = name, Level = 1 })).ToBeVisibleAsync();
    }

    public async Task DrawAsync(int size, int seed)
    {
        await page.Locator("input[name=SampleSize]").FillAsync(size.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("input[name=Seed]").FillAsync(seed.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "抽取" }).ClickAsync();
        await Assertions.Expect(SampleResult).ToContainTextAsync($"种子 {seed}");
    }

    /// <summary>Opens a station of the round, reloading until the grading run has produced its snapshot.</summary>
    public async Task OpenStationAsync(string stationName)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = stationName }).ClickAsync();
        for (var i = 0; i < 30 && !await page.GetByText("含专家评定得分").IsVisibleAsync(); i++)
        {
            await page.WaitForTimeoutAsync(2000);
            await page.ReloadAsync();
            await page.Locator("html[data-interactive='true']").WaitForAsync();
        }
        await Assertions.Expect(page.GetByText("含专家评定得分")).ToBeVisibleAsync();
    }
}

using System.Text.RegularExpressions;
using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Tour;

/// <summary>
/// Every main page opened in both languages (by the administrator; the record form by a station secretary), inside
/// the running app as the menu opens them: it renders its heading without the Blazor error bar or a script error, and
/// a page that fails leaves a screenshot in artifacts/screenshots/tour-{culture}-{name}.png (every page does with
/// CD_SCREENSHOTS=1). Each page's HTTP answer in both languages (200, a heading): PageTourHttpTests (integration tests).
/// The English tour starts with the language switch on the overview (its charts in English) and ends switching back.
/// </summary>
[Collection(WritingAppServerGroup.Name)]
public class PageTourTests(AppServer server) : BrowserTest(server)
{
    private static readonly string[] Cultures = ["zh-CN", "en"];

    private static readonly (string Name, string Path)[] SecretaryPages =
    [
        ("record-form", "/records/new"),
        ("secretary-pending", "/pending"),
        ("secretary-integrity", "/integrity"),
    ];

    private static readonly (string Name, string Path)[] AdminPages =
    [
        ("overview", "/?year=2026"),
        ("stations", "/stations"),
        ("station", "/stations/1"),
        ("station-month", "/stations/1/months/2026-03"),
        ("pending", "/pending"),
        ("records", "/records"),
        ("organisation", "/organisation/1"),
        ("appointments", "/organisation/1/appointments"),
        ("group", "/organisation/1/group"),
        ("evaluation", "/evaluation"),
        ("report", "/report"),
        ("jobs", "/jobs"),
        ("settings", "/settings"),
        ("users", "/settings/users"),
        ("audit", "/settings/audit"),
        ("scheme", "/settings/scheme"),
    ];

    /// <summary>The two languages tour side by side, English in browser contexts of its own (the language is a cookie).</summary>
    [Fact]
    public async Task Every_main_page_renders_without_errors_in_both_languages()
    {
        var tours = await Task.WhenAll(Cultures.Select(async culture =>
        {
            var failures = await TourAsync("admin", culture, AdminPages);
            failures.AddRange(await TourAsync("shuji1", culture, SecretaryPages));
            return failures;
        }));

        Assert.Empty(tours.SelectMany(f => f));
    }

    private async Task<List<string>> TourAsync(string userName, string culture, (string Name, string Path)[] pages)
    {
        // Chinese is the default: the user's shared context; English needs a context of its own (the language cookie).
        var page = await Server.NewSignedInPageAsync(userName, pages[0].Path, ownContext: culture != "zh-CN");
        var errors = new List<string>();
        page.PageError += (_, error) =>
        {
            lock (errors)
            {
                errors.Add(error);
            }
        };
        var switchesLanguage = userName == "admin" && culture == "en";
        if (switchesLanguage)
        {
            await SwitchToEnglishOnTheOverviewAsync(page);
        }
        else if (culture != "zh-CN")
        {
            await page.GotoAsync($"/culture?c={culture}&returnUrl={Uri.EscapeDataString(pages[0].Path)}");
            await page.Locator("html[data-interactive='true']").WaitForAsync();
        }
        Assert.StartsWith(culture[..2], await page.GetAttributeAsync("html", "lang") ?? "", StringComparison.Ordinal);

        var failures = new List<string>();
        foreach (var (name, path) in pages)
        {
            var failed = failures.Count;
            try
            {
                if (new Uri(page.Url).PathAndQuery != path)
                {
                    // The heading of this page, not of the one before: those are marked before leaving.
                    await page.EvaluateAsync("() => document.querySelectorAll('h1').forEach(h => h.dataset.tourSeen = '1')");
                    await NavigateInAppAsync(page, path);
                }
                await Assertions.Expect(page.Locator("h1:visible:not([data-tour-seen])").First).ToBeVisibleAsync();
                await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
            {
                failures.Add($"{path}: {ex.Message.Split('\n')[0]}");
            }
            lock (errors)
            {
                failures.AddRange(errors.Select(e => $"{path}: script error {e}"));
                errors.Clear();
            }
            var shot = new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, $"tour-{culture}-{name}.png"), FullPage = true };
            await (failures.Count > failed ? page.ScreenshotAsync(shot) : Screenshots.SaveAsync(page, shot));
        }

        if (switchesLanguage)
        {
            await NavigateInAppAsync(page, "/?year=2026");
            // The language link follows the address once the layout has seen the navigation: click it then.
            var chinese = page.GetByRole(AriaRole.Link, new() { Name = "中文", Exact = true });
            await Assertions.Expect(chinese).ToHaveAttributeAsync("href", new Regex(@"returnUrl=%2F%3Fyear%3D2026$"));
            await chinese.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "县公司总览" })).ToBeVisibleAsync();
            await Assertions.Expect(HeatMap(page, "履职热力图").Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/\?year=2026$"));
            lock (errors)
            {
                failures.AddRange(errors.Select(e => $"back to Chinese: script error {e}"));
            }
        }
        await page.CloseAsync();
        return failures;
    }

    /// <summary>The overview's English link: the page and its charts (ApexCharts' locale) come back in English.</summary>
    private static async Task SwitchToEnglishOnTheOverviewAsync(IPage page)
    {
        await Assertions.Expect(HeatMap(page, "履职热力图").Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "County overview" })).ToBeVisibleAsync();
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        var duty = HeatMap(page, "Duty heat map");
        await Assertions.Expect(duty.Locator("rect.apexcharts-heatmap-rect").First).ToBeVisibleAsync();
        await Assertions.Expect(HeatMap(page, "county average score trend").Locator("svg.apexcharts-svg")).ToBeVisibleAsync();
        await duty.Locator(".apexcharts-menu-icon").ClickAsync();
        await Assertions.Expect(duty.Locator(".apexcharts-menu-item", new() { HasText = "Download PNG" })).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "overview-en.png"), FullPage = true });
    }

    private static ILocator HeatMap(IPage page, string title) => page.GetByTestId("chart-card").Filter(new() { HasText = title });
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Tour;

/// <summary>
/// Every main page opened in both languages (by the administrator; the record form by a station secretary): it renders its heading without the
/// Blazor error bar or a server error, and a page that fails leaves a screenshot in artifacts/screenshots/tour-{culture}-{name}.png (every page
/// does with CD_SCREENSHOTS=1).
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

    /// <summary>The two languages tour side by side, each in its own browser context (the pages mostly wait for the server).</summary>
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
        var page = await Server.NewSignedInPageAsync(userName);
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync($"/culture?c={culture}&returnUrl=/");
        await page.Locator("html[data-interactive='true']").WaitForAsync();
        Assert.StartsWith(culture[..2], await page.GetAttributeAsync("html", "lang") ?? "", StringComparison.Ordinal);

        var failures = new List<string>();
        foreach (var (name, path) in pages)
        {
            var failed = failures.Count;
            try
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Ok: true }, $"HTTP {response?.Status}");
                await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
                await Assertions.Expect(page.Locator("h1:visible").First).ToBeVisibleAsync();
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
                await Assertions.Expect(page.Locator("#blazor-error-ui")).ToBeHiddenAsync();
                failures.AddRange(errors.Select(e => $"{path}: script error {e}"));
                errors.Clear();
            }
            catch (Exception ex) when (ex is PlaywrightException or TimeoutException or Xunit.Sdk.XunitException)
            {
                failures.Add($"{path}: {ex.Message.Split('\n')[0]}");
            }
            var shot = new PageScreenshotOptions { Path = Path.Combine(AppServer.ArtifactsFolder, $"tour-{culture}-{name}.png"), FullPage = true };
            await (failures.Count > failed ? page.ScreenshotAsync(shot) : Screenshots.SaveAsync(page, shot));
        }
        await page.Context.CloseAsync();
        return failures;
    }
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Security;

/// <summary>The app as scripts/run.sh starts it: Production, assets from the build output (UseStaticWebAssets).</summary>
public sealed class ProductionAppServer : AppServer
{
    protected override string Environment => "Production";
}

/// <summary>
/// The Content-Security-Policy (no inline script) breaks nothing: the main pages of the Production
/// app load in Chromium without a single <c>securitypolicyviolation</c> event, console error or script error, and
/// stay interactive (MudBlazor controls answer, apexcharts draws).
/// </summary>
public class PageSecurityPolicyTests(ProductionAppServer server) : BrowserTest(server), IClassFixture<ProductionAppServer>
{
    /// <summary>Page, and what shows that it has finished drawing.</summary>
    private static readonly (string Path, string Ready)[] MainPages =
    [
        ("/", "rect.apexcharts-heatmap-rect"),                  // overview: two heat maps, KPI cards, ranking grid
        ("/stations", ".apexcharts-bar-area"),                  // chart page: bar chart of service points
        ("/stations/1", "rect.apexcharts-heatmap-rect"),        // chart page: the station's duty calendar
        ("/records", "[data-testid=record-filter-bar]"),
        ("/report", "h1"),
        ("/evaluation", "h1"),
        ("/settings/users", "h1"),
    ];

    [Fact]
    public async Task Main_pages_run_under_the_policy_without_a_violation_or_console_error_and_stay_interactive()
    {
        var page = await Server.NewPageAsync();
        var problems = await WatchAsync(page);
        await new LoginPage(page).SignInAsync("admin");

        foreach (var (path, ready) in MainPages)
        {
            await page.GotoAsync(path);
            await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.Locator(ready).First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        }

        // Still interactive under the policy: a MudBlazor select opens its list and filters the records.
        await page.GotoAsync("/records");
        await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.GetByTestId("filter-kind").ClickAsync();
        var option = page.GetByRole(AriaRole.Option, new() { Name = "监督小组会议" });
        await Assertions.Expect(option).ToBeVisibleAsync();
        await option.ClickAsync();
        // As a user does: the list closes (the choice reached the server) before 查询 is clicked; a click while the
        // list is still open only closes it.
        await Assertions.Expect(option).ToBeHiddenAsync();
        await page.GetByTestId("filter-apply").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("kind=GroupMeeting"));
        // … and the menu button folds the navigation drawer.
        await page.GetByRole(AriaRole.Button, new() { Name = "菜单" }).ClickAsync();
        await Assertions.Expect(page.Locator(".mud-drawer--closed")).ToHaveCountAsync(1);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task The_login_page_the_error_pages_and_the_Hangfire_dashboard_raise_no_violation()
    {
        var page = await Server.NewPageAsync();
        var problems = await WatchAsync(page);
        await new LoginPage(page).OpenAsync();
        await new LoginPage(page).SignInAsync("admin", navigate: false);

        await page.GotoAsync("/no/such/page");
        await Assertions.Expect(page.GetByText("页面不存在")).ToBeVisibleAsync();
        problems.RemoveAll(p => p.Contains("404", StringComparison.Ordinal)); // Chromium logs the status of the page itself
        await page.GotoAsync("/jobs/hangfire/recurring");
        await Assertions.Expect(page.GetByText("nightly-grading").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.True(problems.Count == 0, string.Join('\n', problems));
    }

    [Fact]
    public async Task Injected_inline_script_is_blocked_and_reported()
    {
        var page = await Server.NewPageAsync();
        var problems = await WatchAsync(page);
        await new LoginPage(page).OpenAsync();

        // What stored XSS would need: markup with an inline handler, and an inline script element.
        await page.EvaluateAsync("""
            () => {
                document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg#x" onload="window.__ran = 1">');
                const script = document.createElement('script');
                script.textContent = 'window.__ran = 2';
                document.body.appendChild(script);
            }
            """);
        await page.WaitForTimeoutAsync(500);

        Assert.Null(await page.EvaluateAsync<int?>("() => window.__ran ?? null"));
        Assert.Contains(problems, p => p.StartsWith("CSP violation: script-src-attr", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("CSP violation: script-src-elem", StringComparison.Ordinal));
    }

    /// <summary>Collects CSP violations (reported by the page itself), console errors and warnings, and uncaught script errors.</summary>
    private static async Task<List<string>> WatchAsync(IPage page)
    {
        var problems = new List<string>();
        await page.ExposeFunctionAsync<string>("__cspViolation", text =>
        {
            lock (problems)
            {
                problems.Add("CSP violation: " + text);
            }
        });
        await page.AddInitScriptAsync("""
            document.addEventListener('securitypolicyviolation', e =>
                window.__cspViolation(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} on ${location.pathname}`));
            """);
        page.Console += (_, message) =>
        {
            if (message.Type is "error" or "warning")
            {
                lock (problems)
                {
                    problems.Add($"console {message.Type} on {page.Url}: {message.Text}");
                }
            }
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"script error on {page.Url}: {error}");
            }
        };
        return problems;
    }
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Security;

/// <summary>
/// The Content-Security-Policy (no inline script) breaks nothing: the main pages of the app as scripts/run.sh starts it
/// (Production, see <see cref="AppServer"/>) load in Chromium without a single <c>securitypolicyviolation</c> event,
/// console error or script error, and stay interactive (MudBlazor controls answer, apexcharts draws); and Chromium
/// does enforce it: injected inline script is blocked and reported. The headers themselves: SecurityHeadersTests
/// (integration tests).
/// </summary>
[Collection(AppServerGroup.Name)]
public class PageSecurityPolicyTests(AppServer server) : BrowserTest(server)
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
    public async Task Injected_script_is_blocked_and_reported_while_the_login_error_Hangfire_and_main_pages_raise_no_violation_and_stay_interactive()
    {
        var page = await Server.NewPageAsync();
        var problems = await WatchAsync(page);
        await new LoginPage(page).OpenAsync();

        // What stored XSS would need: markup with an inline handler, and an inline script element. Both are blocked
        // and reported (the reports are awaited, then taken off the list of problems).
        await page.EvaluateAsync("""
            () => {
                document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg#x" onload="window.__ran = 1">');
                const script = document.createElement('script');
                script.textContent = 'window.__ran = 2';
                document.body.appendChild(script);
            }
            """);
        await Poll.UntilAsync(() => Reported(problems, "CSP violation: script-src-attr") && Reported(problems, "CSP violation: script-src-elem"));
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__ran ?? null"));
        lock (problems)
        {
            // … and Chromium's console messages about them.
            problems.RemoveAll(p => p.StartsWith("CSP violation: script-src-attr", StringComparison.Ordinal) || p.StartsWith("CSP violation: script-src-elem", StringComparison.Ordinal)
                || (p.StartsWith("console error on ", StringComparison.Ordinal) && p.Contains("Executing inline", StringComparison.Ordinal) && p.Contains("Content Security Policy", StringComparison.Ordinal)));
        }

        await new LoginPage(page).SignInAsync("admin");
        foreach (var (path, ready) in MainPages)
        {
            await page.GotoAsync(path);
            await page.Locator("html[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.Locator(ready).First.WaitForAsync();
            // Every resource of the page loaded (a blocked one would have been reported by now); the scripts Blazor
            // imports once interactive have run, or the ready element would not be there. Not "network idle": with
            // the circuit's WebSocket open Chromium sometimes never reports it (one CI run waited out 60 s on "/").
            await page.WaitForLoadStateAsync(LoadState.Load);
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

        // The friendly not-found page and the Hangfire dashboard (its own scripts and styles).
        await page.GotoAsync("/no/such/page");
        await Assertions.Expect(page.GetByText("页面不存在")).ToBeVisibleAsync();
        lock (problems)
        {
            problems.RemoveAll(p => p.Contains("404", StringComparison.Ordinal)); // Chromium logs the status of the page itself
        }
        await page.GotoAsync("/jobs/hangfire/recurring");
        await Assertions.Expect(page.GetByText("nightly-grading").First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);

        lock (problems)
        {
            Assert.True(problems.Count == 0, string.Join('\n', problems));
        }
    }

    private static bool Reported(List<string> problems, string prefix)
    {
        lock (problems)
        {
            return problems.Any(p => p.StartsWith(prefix, StringComparison.Ordinal));
        }
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

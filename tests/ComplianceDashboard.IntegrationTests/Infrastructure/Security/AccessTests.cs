using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Who reaches what, over HTTP, with the demo users (demo station 1 = 桐琴供电所, 2 = 泉溪供电所): one table of
/// user × path → outcome (<see cref="Table"/>; add a row for a new page or endpoint), then what the pages show each
/// user and the login form itself (these sign in through the real form).
/// </summary>
[Collection(ReadOnlyAppGroup.Name)]
public class AccessTests(TestApp app)
{
    public const string Anonymous = "(anonymous)";

    /// <summary>What a request gets back.</summary>
    public enum Outcome
    {
        /// <summary>200.</summary>
        Ok,
        /// <summary>302 to /account/login (pages) — signing in is needed.</summary>
        Login,
        /// <summary>302 to /account/denied (pages) — signed in but not allowed.</summary>
        Denied,
        /// <summary>401 (API: no redirect for scripts).</summary>
        Unauthorized,
        /// <summary>403 (API, downloads, the Hangfire dashboard and its assets).</summary>
        Forbidden,
        /// <summary>Some 302 (e.g. /culture back to its return URL).</summary>
        Redirect,
        /// <summary>Anything but a redirect to the login page (static files the test host does not serve).</summary>
        NotRedirected,
    }

    /// <summary>
    /// Who reaches what: user × path → outcome. Demo users (README): jiwei 纪委领导, kaoping 考评员, admin 管理员 read every
    /// station; shuji1 / jiandu1 / jingli1 belong to station 1, shuji2 to station 2.
    /// </summary>
    public static TheoryData<string, string, Outcome> Table => new()
    {
        // Everything needs a signed-in user, except health, culture, login and scripts.
        { Anonymous, "/", Outcome.Login },
        { Anonymous, "/stations", Outcome.Login },
        { Anonymous, "/stations/1", Outcome.Login },
        { Anonymous, "/settings/users", Outcome.Login },
        { Anonymous, "/settings/audit", Outcome.Login },
        { Anonymous, "/organisation", Outcome.Login },
        { Anonymous, "/organisation/1", Outcome.Login },
        { Anonymous, "/organisation/1/points", Outcome.Login },
        { Anonymous, "/jobs/hangfire", Outcome.Login },
        { Anonymous, "/api/stations", Outcome.Unauthorized },
        { Anonymous, "/healthz", Outcome.Ok },
        { Anonymous, "/account/login", Outcome.Ok },
        { Anonymous, "/culture?c=en&returnUrl=/account/login", Outcome.Redirect },
        // The test host serves no static web assets; what matters is that the script is not sent to the login page.
        { Anonymous, "/_framework/blazor.web.js", Outcome.NotRedirected },

        // Station scope: a secretary reads their own station, pages and API alike.
        { "shuji1", "/stations/1", Outcome.Ok },
        { "shuji1", "/stations/2", Outcome.Denied },
        { "shuji1", "/api/stations/1", Outcome.Ok },
        { "shuji1", "/api/stations/2", Outcome.Forbidden },
        { "jingli1", "/api/stations/2", Outcome.Forbidden },
        { "shuji2", "/organisation/1", Outcome.Denied },
        { "shuji2", "/organisation/1/points", Outcome.Denied },
        { "shuji2", "/organisation/1/people", Outcome.Denied },
        { "shuji2", "/organisation/1/appointments", Outcome.Denied },
        { "shuji2", "/organisation/1/group", Outcome.Denied },
        { "jiwei", "/stations/2", Outcome.Ok },

        // User administration is the administrator's; the audit log the discipline leader's and the administrator's.
        // 台账真实性: 纪委领导, 考评员 and 支部书记 (own station, filtered in the queries); no other role.
        { Anonymous, "/integrity", Outcome.Login },
        { "jiwei", "/integrity", Outcome.Ok },
        { "kaoping", "/integrity", Outcome.Ok },
        { "shuji2", "/integrity", Outcome.Ok },
        { "jingli1", "/integrity", Outcome.Denied },
        { "jiandu1", "/integrity/signals/1", Outcome.Denied },
        { "admin", "/integrity", Outcome.Denied },
        { "shuji1", "/settings/users", Outcome.Denied },
        { "jingli1", "/settings/users", Outcome.Denied },
        { "jiandu1", "/settings/users", Outcome.Denied },
        { "kaoping", "/settings/users", Outcome.Denied },
        { "jiwei", "/settings/users", Outcome.Denied },
        { "admin", "/settings/users", Outcome.Ok },
        { "admin", "/settings", Outcome.Ok },
        { "jingli1", "/settings/audit", Outcome.Denied },
        { "jiwei", "/settings/audit", Outcome.Ok },

        // The Hangfire dashboard (and its own css/js): 管理员 only, 403 for every other role.
        { "kaoping", "/jobs/hangfire", Outcome.Forbidden },
        { "jiwei", "/jobs/hangfire/recurring", Outcome.Forbidden },
        { "shuji1", "/jobs/hangfire", Outcome.Forbidden },
        { "kaoping", "/jobs/hangfire/css18250", Outcome.Forbidden },
        { "admin", "/jobs/hangfire/recurring", Outcome.Ok },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Access_follows_the_table(string user, string path, Outcome expected)
    {
        using var client = user == Anonymous ? app.CreateManualClient() : await app.SignInAsync(user);

        var response = await client.GetAsync(path);

        var location = response.Headers.Location;
        switch (expected)
        {
            case Outcome.Ok:
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                break;
            case Outcome.Login or Outcome.Denied:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                Assert.Equal(expected == Outcome.Login ? "/account/login" : "/account/denied", location!.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
                break;
            case Outcome.Unauthorized:
                Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
                break;
            case Outcome.Forbidden:
                Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                break;
            case Outcome.Redirect:
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
                break;
            case Outcome.NotRedirected:
                Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
                break;
        }
    }

    [Fact]
    public async Task Anonymous_request_to_the_overview_keeps_where_it_was_going()
    {
        using var client = app.CreateManualClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_page_is_in_Chinese()
    {
        using var client = app.CreateManualClient();
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("用户名", html, StringComparison.Ordinal);
        Assert.Contains("密码", html, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_refused()
    {
        using var client = app.CreateManualClient();
        var response = await client.PostAsync("/account/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login", ["Input.UserName"] = "jiwei", ["Input.Password"] = TestApp.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_shows_a_Chinese_error_and_sets_no_cookie()
    {
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, "kaoping", "wrong-Password1");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Empty_user_name_gets_a_field_error()
    {
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, "", "x");
        Assert.Contains("请输入用户名", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_cookie_is_http_only_and_same_site_lax()
    {
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, "jiwei", TestApp.DemoPassword, returnUrl: "/stations");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/stations", response.Headers.Location!.AbsolutePath);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("cd.auth=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Return_url_to_another_site_is_ignored()
    {
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, "jiwei", TestApp.DemoPassword, returnUrl: "//evil.example/");
        Assert.Equal("localhost", response.Headers.Location!.Host);
        Assert.Equal("/", response.Headers.Location.AbsolutePath);
    }

    [Fact]
    public async Task Secretary_of_station_1_sees_only_their_station_in_the_lists()
    {
        using var client = await app.SignInAsync("shuji1");
        foreach (var path in new[] { "/", "/stations" })
        {
            var html = await client.GetStringAsync(path);
            Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
            Assert.DoesNotContain("泉溪供电所", html, StringComparison.Ordinal);
            Assert.DoesNotContain("履坦供电所", html, StringComparison.Ordinal);
        }
    }

    /// <summary>
    /// What the browser test of a secretary's overview and stations list checked (moved here): one ranking row, one
    /// stations row, their role in the user menu, no 任务 (jobs) link in the menu.
    /// </summary>
    [Fact]
    public async Task Secretary_of_station_1_gets_one_ranking_row_one_stations_row_their_role_in_the_user_menu_and_no_jobs_link()
    {
        using var client = await app.SignInAsync("shuji1");
        var overview = await client.GetStringAsync("/");
        var ranking = Section(overview, "data-testid=\"ranking-prerender\"", "</table>");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(Section(ranking, "<tbody", "</tbody>"), "<tr[ >]"));
        Assert.Contains("桐琴供电所", ranking, StringComparison.Ordinal);
        Assert.Contains("支部书记", Section(overview, "data-testid=\"user-menu\"", "</div>"), StringComparison.Ordinal);

        var stations = await client.GetStringAsync("/stations");
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(Section(stations, "<tbody", "</tbody>"), "<tr[ >]"));
        foreach (var html in new[] { overview, stations })
        {
            Assert.DoesNotContain("href=\"jobs\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain(">任务<", html, StringComparison.Ordinal);
        }
    }

    private static string Section(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"{start} is not in the page");
        var to = html.IndexOf(end, from, StringComparison.Ordinal);
        return html[from..(to < 0 ? html.Length : to)];
    }

    [Fact]
    public async Task Secretary_of_station_2_sees_their_station_and_not_station_1()
    {
        using var client = await app.SignInAsync("shuji2");
        var html = await client.GetStringAsync("/stations");
        Assert.Contains("泉溪供电所", html, StringComparison.Ordinal);
        Assert.DoesNotContain("桐琴供电所", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_of_station_1_gets_only_their_station_from_the_api()
    {
        using var client = await app.SignInAsync("shuji1");
        var list = await client.GetStringAsync("/api/stations");
        Assert.Contains("桐琴供电所", list, StringComparison.Ordinal);
        Assert.DoesNotContain("泉溪供电所", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Customer_manager_writes_records_but_neither_evaluates_nor_reads_every_station()
    {
        Assert.False(await AuthorizeAsync("jingli1", Policies.Evaluate));
        Assert.False(await AuthorizeAsync("jingli1", Policies.ReadAll));
        Assert.True(await AuthorizeAsync("jingli1", Policies.WriteRecords));
        Assert.True(await AuthorizeAsync("kaoping", Policies.Evaluate));
    }

    [Fact]
    public async Task Discipline_leader_lists_every_station()
    {
        using var client = await app.SignInAsync("jiwei");
        var html = await client.GetStringAsync("/stations");
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
        Assert.Contains("泉溪供电所", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_reaches_user_administration_and_settings()
    {
        using var client = await app.SignInAsync("admin");
        var users = await client.GetStringAsync("/settings/users");
        Assert.Contains("用户管理", users, StringComparison.Ordinal);
        Assert.Contains("shuji1", users, StringComparison.Ordinal);
        var settings = await client.GetStringAsync("/settings");
        Assert.Contains("审计日志", settings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_out_needs_the_antiforgery_token_and_ends_the_session()
    {
        using var client = await app.SignInAsync("jiandu1");
        var withoutToken = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);

        var fields = TestApp.HiddenFields(await client.GetStringAsync("/stations"));
        Assert.True(fields.ContainsKey("__RequestVerificationToken"), "the header's sign-out form carries an antiforgery token");
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent(fields.Where(f => f.Key == "__RequestVerificationToken")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/stations")).StatusCode);
    }

    private async Task<bool> AuthorizeAsync(string userName, string policy)
    {
        using var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByNameAsync(userName);
        var principal = await signIn.CreateUserPrincipalAsync(user!);
        var result = await scope.ServiceProvider.GetRequiredService<IAuthorizationService>().AuthorizeAsync(principal, policy);
        return result.Succeeded;
    }
}

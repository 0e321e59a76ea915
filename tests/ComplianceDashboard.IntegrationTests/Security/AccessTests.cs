using System.Net;
using ComplianceDashboard.IntegrationTests.Infrastructure;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Security;

/// <summary>Who reaches what, over HTTP, with the demo users (demo station 1 = 桐琴供电所, 2 = 泉溪供电所).</summary>
public class AccessTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Anonymous_request_to_the_overview_is_redirected_to_login()
    {
        using var client = app.CreateManualClient();
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/stations")]
    [InlineData("/stations/1")]
    [InlineData("/settings/users")]
    [InlineData("/settings/audit")]
    public async Task Anonymous_requests_to_pages_are_redirected_to_login(string path)
    {
        using var client = app.CreateManualClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Anonymous_api_request_gets_401_not_a_redirect()
    {
        using var client = app.CreateManualClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/stations")).StatusCode);
    }

    [Fact]
    public async Task Health_culture_login_and_scripts_stay_anonymous()
    {
        using var client = app.CreateManualClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/culture?c=en&returnUrl=/account/login")).StatusCode);
        // The test host serves no static web assets; what matters is that the script is not sent to the login page.
        Assert.NotEqual(HttpStatusCode.Redirect, (await client.GetAsync("/_framework/blazor.web.js")).StatusCode);
        var login = await client.GetStringAsync("/account/login");
        Assert.Contains("__RequestVerificationToken", login, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_page_is_in_Chinese()
    {
        using var client = app.CreateManualClient();
        var html = await client.GetStringAsync("/account/login");
        Assert.Contains("用户名", html, StringComparison.Ordinal);
        Assert.Contains("密码", html, StringComparison.Ordinal);
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

    [Fact]
    public async Task Secretary_of_station_2_sees_their_station_and_not_station_1()
    {
        using var client = await app.SignInAsync("shuji2");
        var html = await client.GetStringAsync("/stations");
        Assert.Contains("泉溪供电所", html, StringComparison.Ordinal);
        Assert.DoesNotContain("桐琴供电所", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Secretary_of_station_1_is_refused_station_2_page_and_api()
    {
        using var client = await app.SignInAsync("shuji1");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/stations/1")).StatusCode);
        var page = await client.GetAsync("/stations/2");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Equal("/account/denied", page.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/stations/1")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/stations/2")).StatusCode);
        var list = await client.GetStringAsync("/api/stations");
        Assert.Contains("桐琴供电所", list, StringComparison.Ordinal);
        Assert.DoesNotContain("泉溪供电所", list, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("shuji1")]
    [InlineData("jingli1")]
    [InlineData("jiandu1")]
    [InlineData("kaoping")]
    public async Task Non_administrators_are_refused_user_administration(string userName)
    {
        using var client = await app.SignInAsync(userName);
        var response = await client.GetAsync("/settings/users");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Customer_manager_is_refused_audit_other_stations_and_evaluator_things()
    {
        using var client = await app.SignInAsync("jingli1");
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/settings/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/stations/2")).StatusCode);

        Assert.False(await AuthorizeAsync("jingli1", Policies.Evaluate));
        Assert.False(await AuthorizeAsync("jingli1", Policies.ReadAll));
        Assert.True(await AuthorizeAsync("jingli1", Policies.WriteRecords));
        Assert.True(await AuthorizeAsync("kaoping", Policies.Evaluate));
    }

    [Fact]
    public async Task Discipline_leader_reads_every_station_and_the_audit_but_not_user_administration()
    {
        using var client = await app.SignInAsync("jiwei");
        var html = await client.GetStringAsync("/stations");
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
        Assert.Contains("泉溪供电所", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/stations/2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/settings/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/settings/users")).StatusCode);
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

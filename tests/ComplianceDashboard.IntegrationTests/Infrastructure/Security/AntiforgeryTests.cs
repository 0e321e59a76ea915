using System.Net;
using System.Text.RegularExpressions;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Security;

/// <summary>
/// CSRF: every endpoint that accepts POST/PUT/PATCH/DELETE refuses a request without a valid
/// antiforgery token — the request a cross-site page can make with the victim's cookies. The list of endpoints comes
/// from the app's own routing table, so an endpoint added later without a row here fails the first test.
/// </summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public partial class AntiforgeryTests(TestApp app) : IClassFixture<TestApp>
{
    private const string SuperUser = "csrf.all";

    /// <summary>Route patterns that change state, with a concrete path to post to. Pages are posted to as rendered forms.</summary>
    public static TheoryData<string, string> Unsafe => new()
    {
        { "POST", "/account/logout" },
        { "POST", "/account/login" },
        { "POST", "/api/evaluation/rounds/1/stations/1/finalise" },
        { "POST", "/api/evaluation/rounds/1/stations/1/reopen" },
        // The Hangfire dashboard's commands (all methods reach its catch-all endpoint).
        { "POST", "/jobs/hangfire/recurring/trigger" },
        { "POST", "/jobs/hangfire/recurring/remove" },
        { "POST", "/jobs/hangfire/jobs/enqueued/delete" },
        { "POST", "/jobs/hangfire/jobs/actions/requeue/1" },
        { "DELETE", "/jobs/hangfire/recurring/remove" },
        // Minimal-API GET endpoints do not take POST; these answer 405 or 400, never run.
        { "POST", "/healthz" },
        { "PUT", "/api/evaluation/rounds/1/stations/1/finalise" },
        { "PATCH", "/account/logout" },
    };

    /// <summary>The Blazor hub: its posts need a circuit id / connection token that only a same-origin page can read.</summary>
    private static readonly string[] Exempt = ["/_blazor"];

    [Fact]
    public void Every_endpoint_that_accepts_an_unsafe_method_is_in_the_table()
    {
        var tested = Unsafe.Select(row => (string)row[1]).ToList();
        var sources = app.Services.GetRequiredService<EndpointDataSource>();
        var missing = new List<string>();
        foreach (var endpoint in sources.Endpoints.OfType<RouteEndpoint>())
        {
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods;
            if (methods is not null && !methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
            {
                continue;
            }
            var pattern = "/" + (endpoint.RoutePattern.RawText ?? "").TrimStart('/');
            if (Exempt.Any(e => pattern.StartsWith(e, StringComparison.Ordinal)))
            {
                continue;
            }
            // A catch-all ({**path}, the Hangfire dashboard) is covered by rows under its prefix.
            var covered = pattern.Contains("{**", StringComparison.Ordinal)
                ? tested.Any(t => t.StartsWith(pattern[..pattern.IndexOf("{**", StringComparison.Ordinal)], StringComparison.Ordinal))
                : tested.Contains(Example(pattern));
            if (!covered && !IsPage(endpoint))
            {
                missing.Add($"{string.Join(",", methods ?? ["*"])} {pattern}");
            }
        }
        Assert.True(missing.Count == 0, "state-changing endpoints without a CSRF test row:\n" + string.Join('\n', missing));
    }

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task A_request_without_an_antiforgery_token_is_refused(string method, string path)
    {
        using var client = await SuperUserAsync();

        using var noToken = new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent(Form()) };
        var refused = await client.SendAsync(noToken);
        Assert.True(refused.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed,
            $"{method} {path} without a token answered {(int)refused.StatusCode}");

        using var wrongToken = new HttpRequestMessage(new HttpMethod(method), path) { Content = new FormUrlEncodedContent(Form()) };
        wrongToken.Headers.Add("RequestVerificationToken", "CfDJ8-forged-token");
        var forged = await client.SendAsync(wrongToken);
        Assert.True(forged.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.MethodNotAllowed,
            $"{method} {path} with a forged token answered {(int)forged.StatusCode}");
    }

    [Fact]
    public async Task Every_page_refuses_a_form_post_without_a_token()
    {
        using var client = await SuperUserAsync();
        var pages = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().Where(IsPage)
            .Select(e => Example("/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.True(pages.Count > 25, $"only {pages.Count} pages found");
        var accepted = new List<string>();
        foreach (var path in pages)
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(Form()));
            if (response.StatusCode != HttpStatusCode.BadRequest)
            {
                accepted.Add($"{path}: {(int)response.StatusCode}");
            }
        }
        Assert.True(accepted.Count == 0, "pages that did not refuse a forged post:\n" + string.Join('\n', accepted));
    }

    [Fact]
    public async Task Anonymous_posts_to_the_open_endpoints_are_refused_without_a_token()
    {
        using var client = app.CreateManualClient();
        foreach (var path in new[] { "/account/login", "/account/logout" })
        {
            var response = await client.PostAsync(path, new FormUrlEncodedContent(Form()));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }
    }

    [Fact]
    public async Task A_token_of_another_user_is_refused()
    {
        using var other = await app.SignInAsync("jiwei");
        var othersToken = TestApp.HiddenFields(await other.GetStringAsync("/stations"))["__RequestVerificationToken"];
        using var client = await SuperUserAsync();

        using var request = new HttpRequestMessage(HttpMethod.Post, "/jobs/hangfire/recurring/trigger") { Content = new FormUrlEncodedContent(Form()) };
        request.Headers.Add("RequestVerificationToken", othersToken);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task The_Hangfire_dashboard_commands_work_with_the_token_its_page_carries()
    {
        using var client = await SuperUserAsync();
        var page = await client.GetStringAsync("/jobs/hangfire/recurring");
        var header = CsrfMeta().Match(page);
        Assert.True(header.Success, "the dashboard page carries the antiforgery token for its scripts");

        using var request = new HttpRequestMessage(HttpMethod.Post, "/jobs/hangfire/recurring/trigger") { Content = new FormUrlEncodedContent(Form()) };
        request.Headers.Add(header.Groups["header"].Value, WebUtility.HtmlDecode(header.Groups["token"].Value));
        var response = await client.SendAsync(request);

        Assert.True(response.IsSuccessStatusCode, $"trigger with the page's token answered {(int)response.StatusCode}");
    }

    private static Dictionary<string, string> Form() => new() { ["jobs[]"] = "nightly-grading", ["reason"] = "csrf", ["_handler"] = "login" };

    /// <summary>A user with every role and every demo station, so authorisation never answers before the antiforgery check.</summary>
    private async Task<HttpClient> SuperUserAsync()
    {
        using (var scope = app.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(SuperUser) is null)
            {
                var user = await app.CreateUserAsync(SuperUser, Roles.Admin, [.. Enumerable.Range(1, 14)]);
                user = (await users.FindByIdAsync(user.Id))!;
                Assert.True((await users.AddToRolesAsync(user, Roles.All.Where(r => r != Roles.Admin))).Succeeded);
            }
        }
        return await app.SignInAsync(SuperUser);
    }

    private static bool IsPage(RouteEndpoint endpoint) =>
        endpoint.Metadata.Any(m => m.GetType().FullName == "Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata");

    private static string Example(string pattern) => RouteParameter().Replace(pattern, "1");

    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex RouteParameter();

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"(?<header>[^\"]+)\"\\s*/?>\\s*<meta name=\"csrf-token\" content=\"(?<token>[^\"]+)\"")]
    private static partial Regex CsrfMeta();
}

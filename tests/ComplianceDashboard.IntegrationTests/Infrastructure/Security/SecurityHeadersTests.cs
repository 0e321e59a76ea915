using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ComplianceDashboard.IntegrationTests.Errors;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure.Security;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Security;

/// <summary>
/// Content-Security-Policy without inline script, nosniff and Referrer-Policy on every kind of response, and no page that would need inline script. The browser side is PageSecurityPolicyTests (BrowserTests).
/// </summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public partial class SecurityHeadersTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    public static TheoryData<string, string, HttpStatusCode> Responses => new()
    {
        { "anonymous", "/account/login", HttpStatusCode.OK },
        { "anonymous", "/healthz", HttpStatusCode.OK },
        { "anonymous", "/", HttpStatusCode.Redirect },
        { "jiwei", "/", HttpStatusCode.OK },
        { "jiwei", "/stations/1", HttpStatusCode.OK },
        { "jiwei", "/api/stations", HttpStatusCode.OK },
        { "jiwei", "/no/such/page", HttpStatusCode.NotFound },
        { "jiwei", ProductionApp.ThrowPath, HttpStatusCode.InternalServerError },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Every_response_carries_the_security_headers(string user, string path, HttpStatusCode status)
    {
        using var client = user == "anonymous" ? app.CreateManualClient() : await app.SignInAsync(user);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        AssertHeaders(response);
    }

    [Fact]
    public async Task A_refused_post_carries_them_too()
    {
        using var client = app.CreateManualClient();
        var response = await client.PostAsync("/account/logout", new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertHeaders(response);
    }

    [Fact]
    public void The_policy_forbids_inline_script_and_framing()
    {
        var directives = SecurityHeaders.ContentSecurityPolicy.Split(';', StringSplitOptions.TrimEntries)
            .ToDictionary(d => d.Split(' ')[0], d => d.Split(' ').Skip(1).ToArray());
        Assert.Equal(["'self'"], directives["script-src"]);
        Assert.Equal(["'self'"], directives["default-src"]);
        Assert.Equal(["'none'"], directives["frame-ancestors"]);
        Assert.Equal(["'none'"], directives["object-src"]);
        Assert.DoesNotContain(directives.Values.SelectMany(v => v), v => v is "'unsafe-eval'" or "*" or "https:" or "http:");
    }

    [Theory]
    [InlineData("/account/login")]
    [InlineData("/")]
    [InlineData("/stations/1")]
    [InlineData("/records")]
    [InlineData("/report")]
    [InlineData("/evaluation")]
    [InlineData("/settings/users")]
    [InlineData("/jobs")]
    [InlineData("/jobs/hangfire/recurring")]
    public async Task Pages_have_no_inline_script_and_no_event_handler_attributes(string path)
    {
        using var client = path == "/account/login" ? app.CreateManualClient() : await app.SignInAsync("admin");

        var html = await client.GetStringAsync(path);

        Assert.DoesNotMatch(InlineScript(), html);
        Assert.DoesNotMatch(EventAttribute(), html);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }

    private static void AssertHeaders(HttpResponseMessage response)
    {
        Assert.Equal(SecurityHeaders.ContentSecurityPolicy, Single(response, "Content-Security-Policy"));
        Assert.Equal("nosniff", Single(response, "X-Content-Type-Options"));
        Assert.Equal("same-origin", Single(response, "Referrer-Policy"));
        Assert.Equal("DENY", Single(response, "X-Frame-Options"));
    }

    private static string Single(HttpResponseMessage response, string header) =>
        Assert.Single(response.Headers.TryGetValues(header, out var values) ? values
            : response.Content.Headers.TryGetValues(header, out var content) ? content : []);

    // <script> without a src attribute (JSON data blocks would also be refused: there are none).
    [GeneratedRegex(@"<script(?![^>]*\ssrc=)[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex InlineScript();

    // onclick=, onload=, … as HTML attributes.
    [GeneratedRegex(@"<[a-z][^>]*\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex EventAttribute();
}

using System.Net;
using System.Net.Http.Headers;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Errors;

/// <summary>
/// What a user sees when something goes wrong in Production, the environment scripts/run.sh now uses:
/// a friendly Chinese page with a request id, never the exception, its message or a stack trace.
/// </summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class ErrorPageTests(ProductionApp app) : IClassFixture<ProductionApp>
{
    [Fact]
    public async Task An_exception_shows_the_friendly_error_page_without_the_exception_or_a_stack_trace()
    {
        using var client = await app.SignInAsync("jiwei");

        var response = await client.SendAsync(PageRequest(ProductionApp.ThrowPath));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("处理请求时出错", html, StringComparison.Ordinal);
        Assert.Contains("错误已记录在日志中", html, StringComparison.Ordinal);
        AssertNoInternals(html);
        Assert.DoesNotContain("Blazor-Server-Component", html, StringComparison.Ordinal); // static: no circuit re-runs the failing request
    }

    [Theory]
    [InlineData("/no/such/page")]
    [InlineData("/stations/abc")]
    [InlineData("/attachments/999999")]
    public async Task An_unknown_address_shows_the_friendly_not_found_page(string path)
    {
        using var client = await app.SignInAsync("jiwei");

        var response = await client.SendAsync(PageRequest(path));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html, StringComparison.Ordinal);
        AssertNoInternals(html);
    }

    [Fact]
    public async Task A_refused_API_call_stays_a_plain_403_even_when_it_asks_for_HTML()
    {
        using var client = await app.SignInAsync("shuji2");

        var response = await client.SendAsync(PageRequest("/api/stations/1"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Scripts_and_API_calls_get_plain_status_codes()
    {
        using var client = await app.SignInAsync("jiwei");

        var api = await client.GetAsync("/api/stations/999999");
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.DoesNotContain("页面不存在", await api.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var script = await client.GetAsync("/lib/app/missing.js");
        Assert.Equal(HttpStatusCode.NotFound, script.StatusCode);
        Assert.Empty(await script.Content.ReadAsByteArrayAsync());
    }

    private static HttpRequestMessage PageRequest(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        return request;
    }

    private static void AssertNoInternals(string html)
    {
        foreach (var leak in new[] { ProductionApp.Secret, "InvalidOperationException", "Exception:", "StackTrace", " at ComplianceDashboard.", " at Microsoft." })
        {
            Assert.DoesNotContain(leak, html, StringComparison.Ordinal);
        }
    }
}

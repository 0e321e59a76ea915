using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Infrastructure;

/// <summary>Values typed into a URL fall back to the page's defaults; they never give a 500.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
[Collection(ReadOnlyAppGroup.Name)]
public class BadQueryValueTests(TestApp app)
{
    [Theory]
    [InlineData("jiwei", "/?year=-1", "县公司总览")]
    [InlineData("jiwei", "/?year=99999", "县公司总览")]
    [InlineData("jiwei", "/?year=2026&quarter=9", "县公司总览")]
    [InlineData("jiwei", "/report?year=0", "2026年第三季度")]
    [InlineData("jiwei", "/stations/1?year=-3", "桐琴供电所")]
    [InlineData("jiwei", "/records?station=abc", "记录")]
    [InlineData("jiwei", "/records?station=99999999999", "记录")]
    [InlineData("shuji1", "/pending?station=abc", "待办")]
    // Not numbers at all where the page takes a number: were 500s (stack traces in Development).
    [InlineData("jiwei", "/?year=abc&quarter=x", "县公司总览")]
    [InlineData("jiwei", "/report?year=2026&quarter=x", "2026年第三季度")]
    [InlineData("jiwei", "/report?year=%3Cscript%3E", "2026年第三季度")]
    [InlineData("jiwei", "/stations/1?year=abc", "桐琴供电所")]
    [InlineData("jiwei", "/stations/1/items/9?year=abc", "桐琴供电所")]
    [InlineData("jiwei", "/stations/1/items/9?year=-5", "桐琴供电所")]
    [InlineData("jiwei", "/records?page=abc", "记录")]
    [InlineData("shuji1", "/records/new?kind=GroupMeeting&station=abc&point=x&person=1e9", "登记记录")]
    public async Task Out_of_range_or_malformed_values_show_the_page_with_its_defaults(string user, string path, string expectedText)
    {
        using var client = await app.SignInAsync(user);

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expectedText, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/%5Cevil.example")]
    [InlineData("//evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Language_switch_never_redirects_to_another_site(string returnUrl)
    {
        using var client = app.CreateManualClient();

        var response = await client.GetAsync($"/culture?c=en&returnUrl={returnUrl}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Language_switch_returns_to_the_page_it_came_from()
    {
        using var client = app.CreateManualClient();

        var response = await client.GetAsync("/culture?c=en&returnUrl=%2Faccount%2Flogin");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location?.OriginalString);
    }
}

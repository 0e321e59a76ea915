using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Localization;

/// <summary>
/// Every main page in both languages answers 200 with its heading (the administrator's pages; the record form, pending
/// duties and 台账真实性 as a station secretary) — the HTTP half of the browser tests' page tour (PageTourTests), which
/// opens the same pages inside the running app and checks that they draw without an error.
/// </summary>
public partial class PageTourHttpTests(TestApp app) : IClassFixture<TestApp>
{
    public static TheoryData<string, string, string> Pages()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var culture in new[] { "zh-CN", "en" })
        {
            foreach (var path in new[]
            {
                "/?year=2026", "/stations", "/stations/1", "/stations/1/months/2026-03", "/pending", "/records", "/organisation/1",
                "/organisation/1/appointments", "/organisation/1/group", "/evaluation", "/report", "/jobs", "/settings",
                "/settings/users", "/settings/audit", "/settings/scheme",
            })
            {
                data.Add("admin", culture, path);
            }
            foreach (var path in new[] { "/records/new", "/pending", "/integrity" })
            {
                data.Add("shuji1", culture, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Main_page_answers_with_its_heading_in_both_languages(string user, string culture, string path)
    {
        using var client = await app.SignInAsync(user);
        var choose = await client.GetAsync($"/culture?c={culture}&returnUrl=/");
        Assert.Equal(HttpStatusCode.Redirect, choose.StatusCode);
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"<html lang=\"{culture}\">", html, StringComparison.Ordinal);
        Assert.Matches(Heading(), html);
    }

    [GeneratedRegex(@"<h1[\s>]")]
    private static partial Regex Heading();
}

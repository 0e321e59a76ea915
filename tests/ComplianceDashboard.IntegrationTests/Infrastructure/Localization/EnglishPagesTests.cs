using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Localization;

/// <summary>Choosing English with the culture link switches the rendered pages (prerendered HTML) to English.</summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
[Collection(ReadOnlyAppGroup.Name)]
public class EnglishPagesTests(TestApp app)
{
    [Fact]
    public async Task Overview_and_scheme_pages_are_English_after_choosing_English()
    {
        using var client = await app.SignInAsync("jiwei");
        await ChooseAsync(client, "en", "/");

        var overview = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", overview, StringComparison.Ordinal);
        foreach (var text in new[] { "County overview", "Overview", "Stations", "Organisation", "To-do", "Records", "Evaluation", "Settings", "Sign out", "中文" })
        {
            Assert.Contains(text, overview, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("总览", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("退出登录", overview, StringComparison.Ordinal);
        Assert.Contains("Discipline committee", overview, StringComparison.Ordinal); // jiwei's role in the user menu

        var scheme = await client.GetStringAsync("/settings/scheme");
        Assert.Contains("<html lang=\"en\">", scheme, StringComparison.Ordinal);
        Assert.Contains("Indicators and scoring rules", scheme, StringComparison.Ordinal);
        Assert.Contains("Level-1 indicator", scheme, StringComparison.Ordinal);
        Assert.DoesNotContain("一级指标", scheme, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pages_are_Chinese_without_the_culture_cookie()
    {
        using var client = await app.SignInAsync("jiwei");
        var overview = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", overview, StringComparison.Ordinal);
        Assert.Contains("总览", overview, StringComparison.Ordinal);
        Assert.Contains("县公司总览", overview, StringComparison.Ordinal);
        Assert.Contains(">English</a>", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("County overview", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Choosing_Chinese_again_switches_back()
    {
        using var client = await app.SignInAsync("jiwei");
        await ChooseAsync(client, "en", "/");
        await ChooseAsync(client, "zh-CN", "/");
        var overview = await client.GetStringAsync("/");
        Assert.Contains("<html lang=\"zh-CN\">", overview, StringComparison.Ordinal);
        Assert.Contains("县公司总览", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_page_offers_English_and_shows_it_after_choosing_English()
    {
        using var client = app.CreateManualClient();
        var chinese = await client.GetStringAsync("/account/login");
        Assert.Contains("culture?c=en&amp;returnUrl=%2Faccount%2Flogin", chinese, StringComparison.Ordinal);
        Assert.Contains("用户名", chinese, StringComparison.Ordinal);

        await ChooseAsync(client, "en", "/account/login");
        var english = await client.GetStringAsync("/account/login");
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        foreach (var text in new[] { "Sign in", "User name", "Password", "Demo environment", "中文" })
        {
            Assert.Contains(text, english, StringComparison.Ordinal);
        }
        Assert.DoesNotContain("用户名", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sign_in_errors_are_English_after_choosing_English()
    {
        using var client = app.CreateManualClient();
        await ChooseAsync(client, "en", "/account/login");
        var response = await TestApp.PostLoginAsync(client, "jiwei", "wrong-password");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Wrong user name or password", html, StringComparison.Ordinal);
    }

    private static async Task ChooseAsync(HttpClient client, string culture, string returnUrl)
    {
        var response = await client.GetAsync($"/culture?c={culture}&returnUrl={Uri.EscapeDataString(returnUrl)}");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(returnUrl, response.Headers.Location!.OriginalString);
    }
}

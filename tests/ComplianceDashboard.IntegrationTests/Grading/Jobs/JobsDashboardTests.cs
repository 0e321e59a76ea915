using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Grading.Jobs;

/// <summary>The Hangfire dashboard at /jobs/hangfire, over HTTP (管理员 only, its own css/js included: Security/AccessTests.Table).</summary>
public class JobsDashboardTests(TestApp app) : IClassFixture<TestApp>
{
    private const string Dashboard = "/jobs/hangfire";

    [Fact]
    public async Task Admin_gets_the_dashboard_with_the_nightly_job()
    {
        using var client = await app.SignInAsync("admin");

        var page = await client.GetAsync(Dashboard + "/recurring");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("nightly-grading", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_jobs_page_links_the_dashboard_for_admin()
    {
        using var client = await app.SignInAsync("admin");

        var html = await client.GetStringAsync("/jobs");

        Assert.Contains($"href=\"{Dashboard}\"", html, StringComparison.Ordinal);
    }
}

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class NightlyCronOptionsTests
{
    private sealed class SecondsCronApp : TestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:Grading:NightlyCron", "0 0 2 * * ?");
        }
    }

    [Fact]
    public void A_cron_with_seconds_stops_the_app_at_start_with_a_clear_message()
    {
        using var app = new SecondsCronApp();

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Services);

        Assert.Contains("App:Grading:NightlyCron must be a 5-field cron", error.Message, StringComparison.Ordinal);
    }
}

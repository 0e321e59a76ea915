using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Hosting;

[Collection(ReadOnlyAppGroup.Name)]
public class AppBootTests(TestApp app)
{
    [Fact]
    public async Task Health_endpoint_reports_healthy_database()
    {
        using var client = app.CreateClient();
        var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Migrations_are_applied_and_demo_county_is_loaded()
    {
        await using var db = app.CreateDbContext();
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.Equal(14, await db.Stations.CountAsync());
        Assert.True(await db.ServicePoints.CountAsync() >= 30);
        Assert.True(await db.Records.CountAsync() > 3000);
    }

    [Fact]
    public async Task Overview_page_shows_real_station_names_as_text()
    {
        using var client = await app.SignInAsync("jiwei");
        var html = await client.GetStringAsync("/");
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
        Assert.DoesNotContain("&#x6850;", html, StringComparison.Ordinal); // 桐 as an entity
    }
}

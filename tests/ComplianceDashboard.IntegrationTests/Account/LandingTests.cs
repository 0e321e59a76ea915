using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Account;

/// <summary>Where sign-in lands (defect 12): a party secretary on their station's pending duties, not a one-row county overview.</summary>
[Collection(ReadOnlyAppGroup.Name)]
public class LandingTests(TestApp app)
{
    [Fact]
    public async Task Party_secretary_lands_on_the_pending_duties_of_their_station()
    {
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, "shuji1", TestApp.DemoPassword);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = app.CreateDbContext();
        var stationId = await db.Users.Where(u => u.UserName == "shuji1").SelectMany(u => u.Stations).Select(s => s.StationId).MinAsync();
        Assert.Equal($"/pending?station={stationId}", Local(response.Headers.Location));

        var pending = await client.GetAsync(Local(response.Headers.Location));
        Assert.Equal(HttpStatusCode.OK, pending.StatusCode);
        var html = await pending.Content.ReadAsStringAsync();
        Assert.Matches("<h1[^>]*>[^<]*待办", html);
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("jiwei", null, "/")]
    [InlineData("jiandu1", null, "/")]
    [InlineData("shuji1", "/stations", "/stations")]
    [InlineData("shuji1", "//evil.example", "/pending?station=")]
    public async Task Others_land_on_the_overview_and_an_explicit_local_return_url_wins(string user, string? returnUrl, string expected)
    {
        using var client = app.CreateManualClient();
        var response = await TestApp.PostLoginAsync(client, user, TestApp.DemoPassword, returnUrl);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith(expected, Local(response.Headers.Location), StringComparison.Ordinal);
        if (expected == "/")
        {
            Assert.Equal("/", Local(response.Headers.Location));
        }
    }

    private static string Local(Uri? location) =>
        location is null ? "" : location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;
}

using System.Net;
using System.Text.RegularExpressions;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Components.Prerender;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Components.Prerender;

/// <summary>
/// Prerendered pages reuse the HTML of their static parts (<see cref="StaticFragment"/>): the theme, the menu per role set,
/// language and path, and the cards drawn from one cached read model. The pages must be the same as when every part is
/// rendered as components, for every user after any other user, in both languages, and a regrade must show at once.
/// </summary>
public partial class StaticFragmentTests(TestApp app) : IClassFixture<TestApp>
{
    private const int Year = 2026;

    private StaticFragmentCache Cache => app.Services.GetRequiredService<StaticFragmentCache>();

    [Fact]
    public async Task Pages_are_the_same_with_and_without_the_reused_HTML_for_every_user_after_another()
    {
        // A county-wide reader fills the cache first; the secretaries (one station each), the administrator (one more
        // menu entry) and English follow and must each get exactly their own page.
        var visits = new (string User, string? Culture, string Path)[]
        {
            ("jiwei", null, $"/?year={Year}"), ("jiwei", null, $"/stations/1?year={Year}"), ("jiwei", null, $"/stations/2?year={Year}"),
            ("shuji1", null, $"/?year={Year}"), ("shuji1", null, $"/stations/1?year={Year}"),
            ("shuji2", null, $"/?year={Year}"), ("shuji2", null, $"/stations/2?year={Year}"),
            ("admin", null, $"/?year={Year}"), ("admin", null, $"/stations/1?year={Year}"),
            ("jiwei", "en", $"/?year={Year}"), ("jiwei", "en", $"/stations/1?year={Year}"),
        };
        var clients = new Dictionary<(string, string?), HttpClient>();
        try
        {
            foreach (var (user, culture, path) in visits)
            {
                if (!clients.TryGetValue((user, culture), out var client))
                {
                    client = clients[(user, culture)] = await app.SignInAsync(user);
                    if (culture is not null)
                    {
                        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync($"/culture?c={culture}&returnUrl=%2F")).StatusCode);
                    }
                }
                var reused = await client.GetStringAsync(path); // a miss for the first user, a hit after
                var reusedAgain = await client.GetStringAsync(path);
                Cache.Enabled = false;
                string components;
                try
                {
                    components = await client.GetStringAsync(path);
                }
                finally
                {
                    Cache.Enabled = true;
                }
                Assert.Equal(Comparable(components), Comparable(reused));
                Assert.Equal(Comparable(components), Comparable(reusedAgain));
            }
        }
        finally
        {
            foreach (var client in clients.Values)
            {
                client.Dispose();
            }
        }
        Assert.True(Cache.Count > 0, "the menu and the app bar are kept by key");
    }

    [Fact]
    public async Task A_secretary_gets_their_own_menu_overview_and_no_other_station_from_HTML_kept_for_others()
    {
        using var leader = await app.SignInAsync("jiwei");
        var leaderOverview = await leader.GetStringAsync($"/?year={Year}");
        await leader.GetStringAsync($"/stations/2?year={Year}");
        using var admin = await app.SignInAsync("admin");
        var adminOverview = await admin.GetStringAsync($"/?year={Year}");

        using var secretary = await app.SignInAsync("shuji1");
        var overview = await secretary.GetStringAsync($"/?year={Year}");
        // 任务 only for the administrator, 台账真实性 not for the administrator (AuthorizeView in the menu).
        Assert.Contains("href=\"jobs\"", adminOverview, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"integrity\"", adminOverview, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"jobs\"", overview, StringComparison.Ordinal);
        Assert.Contains("href=\"integrity\"", overview, StringComparison.Ordinal);
        // The ranking and cards: the leader's list station 2, the secretary's only station 1.
        Assert.Contains("href=\"stations/2?year=2026\"", leaderOverview, StringComparison.Ordinal);
        Assert.Contains("href=\"stations/1?year=2026\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"stations/2?year=2026\"", overview, StringComparison.Ordinal);

        // Station 2's page (its cards kept for the leader) is refused to the secretary.
        using var other = await secretary.GetAsync($"/stations/2?year={Year}");
        var deniedAt = other.StatusCode == HttpStatusCode.Redirect ? other.Headers.Location! : other.RequestMessage!.RequestUri!;
        Assert.Equal("/account/denied", deniedAt.IsAbsoluteUri ? deniedAt.AbsolutePath : deniedAt.OriginalString.Split('?')[0]);
        Assert.DoesNotContain("data-testid=\"chart-card\"", await other.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_regrade_shows_in_the_next_prerendered_station_page()
    {
        const int stationId = 3;
        var grading = app.Services.GetRequiredService<GradingService>();
        await grading.RegradeStationAsync(stationId, Year);
        using var client = await app.SignInAsync("jiwei");
        var path = $"/stations/{stationId}?year={Year}";
        var before = await client.GetStringAsync(path);
        Assert.Equal(Comparable(before), Comparable(await client.GetStringAsync(path)));

        await using (var db = app.CreateDbContext())
        {
            var march = await db.Records.Where(r => r.StationId == stationId && r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == Year && r.EventDate.Month == 3).ToListAsync();
            Assert.NotEmpty(march);
            db.Records.RemoveRange(march);
            await db.SaveChangesAsync();
        }
        await grading.RegradeStationAsync(stationId, Year);

        var after = await client.GetStringAsync(path);
        Assert.NotEqual(Comparable(before), Comparable(after));
        Cache.Enabled = false;
        try
        {
            Assert.Equal(Comparable(await client.GetStringAsync(path)), Comparable(after));
        }
        finally
        {
            Cache.Enabled = true;
        }
    }

    /// <summary>The page without what differs on every response: tokens, the protected component state, random element ids.</summary>
    private static string Comparable(string html)
    {
        html = BlazorMarker().Replace(html, "<!--Blazor-->");
        html = Token().Replace(html, "value=\"token\"");
        html = RandomId().Replace(html, "$1=\"id\"");
        return html;
    }

    [GeneratedRegex(@"<!--Blazor[^>]*-->")]
    private static partial Regex BlazorMarker();

    [GeneratedRegex("(?<=__RequestVerificationToken\" )value=\"[^\"]*\"")]
    private static partial Regex Token();

    // MudBlazor's inputs, tables, chips and popovers number themselves per render (and labels refer to those ids).
    [GeneratedRegex("\\b(id|for|aria-controls|aria-describedby|aria-labelledby|aria-owns)=\"[^\"]*\"")]
    private static partial Regex RandomId();
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Organisation;

/// <summary>
/// A station secretary's pages (shuji1, 桐琴供电所) as they lay out in Chromium, on a desktop and on a 390 px phone. What
/// they contain is tested over HTTP and with bUnit (Organisation/OrganisationAccessTests, ServicePointTests and the
/// component tests of the dialogs).
/// </summary>
[Collection(AppServerGroup.Name)]
public class SecretaryPagesTests(AppServer server) : BrowserTest(server)
{
    private static readonly (string Path, string Heading, string Shot)[] OrganisationPages =
    [
        ("", "桐琴供电所 · 概览", "organisation-overview"),
        ("/points", "桐琴供电所 · 服务站点", "organisation-points"),
        ("/people", "桐琴供电所 · 人员岗位", "organisation-people"),
        ("/appointments", "桐琴供电所 · 监督员聘任", "organisation-appointments"),
        ("/group", "桐琴供电所 · 监督小组", "organisation-group"),
    ];

    /// <summary>Every organisation page renders on a desktop and on a phone, and the page itself does not scroll sideways.</summary>
    [Fact]
    public async Task Every_organisation_page_renders_on_desktop_and_phone_without_sideways_scrolling()
    {
        var page = await Server.NewSignedInPageAsync("shuji1", "/organisation/1");
        foreach (var (path, heading, shot) in OrganisationPages)
        {
            await page.SetViewportSizeAsync(1440, 900);
            await NavigateInAppAsync(page, $"/organisation/1{path}");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, $"{shot}-desktop.png"), FullPage = true });

            await page.SetViewportSizeAsync(390, 844);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading })).ToBeVisibleAsync();
            await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= window.innerWidth + 1");
            await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, $"{shot}-phone.png"), FullPage = true });
        }
    }

    /// <summary>
    /// The pending duties link the secretary to a form; the station page's score table wraps within the viewport, its
    /// service points name their people, its calendar tells running and not-yet-due months apart, and on a phone wide
    /// tables scroll inside their own container.
    /// </summary>
    [Fact]
    public async Task Pending_duties_link_to_a_form_and_the_station_page_wraps_its_score_table_on_desktop_and_phone()
    {
        // The browser tests run on the real clock. On a month's last day (in Shanghai) the month's open duties are due
        // today and flagged 今日截止; on other days the list still shows this month's duties, with form links for the
        // secretary (the read-only leader gets none: LeaderPagesTests).
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeBySystemTimeZoneId(DateTime.UtcNow, "Asia/Shanghai"));
        var page = await Server.NewSignedInPageAsync("shuji1", "/pending");
        var due = page.Locator("[data-testid='due'] tbody tr");
        if (today.AddDays(1).Day == 1)
        {
            await Assertions.Expect(due.First.GetByText("今日截止")).ToBeVisibleAsync();
        }
        await Assertions.Expect(due.First.GetByRole(AriaRole.Link, new() { Name = "填报" })).ToBeVisibleAsync();

        await NavigateInAppAsync(page, "/stations/1");
        var table = page.Locator("[data-testid='item-breakdown'] table");
        await Assertions.Expect(table).ToBeVisibleAsync();
        var box = await table.BoundingBoxAsync();
        Assert.True(box!.Width <= 1440, $"the score table is {box.Width}px wide at a 1440px viewport");
        Assert.True(box.X + box.Width <= 1440, "the score table sticks out of the viewport");
        var explanation = page.Locator("[data-testid='item-breakdown'] td.explanation").First;
        var cell = await explanation.BoundingBoxAsync();
        Assert.True(cell!.X + cell.Width <= 1440, "an explanation is cut off on the right");

        var points = page.Locator("[data-testid='service-points']");
        await Assertions.Expect(points.Locator("tbody tr").First).ToBeVisibleAsync();
        await Assertions.Expect(points).Not.ToContainTextAsync("row.Manager");
        await Assertions.Expect(points).Not.ToContainTextAsync("row.Supervisor");
        var managers = await points.Locator("td[data-testid='manager']").AllInnerTextsAsync();
        Assert.All(managers, name => Assert.Matches(@"^\p{IsCJKUnifiedIdeographs}{2,4}$", name.Trim()));

        // The calendar tells not-yet-due and running months apart from done ones (today is 2026-11-30: duties due today).
        var calendar = page.Locator(".chart-card").Filter(new() { HasText = "年履职日历" });
        await Assertions.Expect(calendar.Locator(".apexcharts-legend")).ToContainTextAsync("未到期");
        await Assertions.Expect(calendar.Locator(".apexcharts-legend")).ToContainTextAsync("本月进行中");
        await Assertions.Expect(calendar.Locator(".apexcharts-legend")).ToContainTextAsync("今日截止");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "station.png"), FullPage = true });

        await page.SetViewportSizeAsync(390, 844);
        await Assertions.Expect(table).ToBeVisibleAsync();
        // Wide tables scroll inside their own container; the page itself does not scroll sideways.
        await page.WaitForFunctionAsync("() => document.documentElement.scrollWidth <= 390");
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "station-phone.png"), FullPage = true });
    }
}

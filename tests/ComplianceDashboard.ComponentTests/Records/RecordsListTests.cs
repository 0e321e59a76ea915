using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>The records list over a real SQLite file: grid columns, the filter in the URL (defect 12), the keyword search.</summary>
public sealed class RecordsListTests : ComponentTest, IClassFixture<RecordsDb>
{
    private static readonly string[] Headers = ["日期", "站所", "类型", "标题", "站点/人员", "审核", "附件"];

    public RecordsListTests(RecordsDb db)
    {
        db.AddServices(Services);
        SignIn("lingdao", Roles.DisciplineLeader);
    }

    [Fact]
    public void Grid_shows_the_columns_a_link_per_record_and_review_chips_newest_first()
    {
        RenderProviders();
        var cut = Render<RecordsGrid>(p => p.Add(c => c.Filter, new RecordFilter(1, null, null, null, null)));

        cut.WaitForAssertion(() => Assert.Equal(3, cut.FindAll("[data-testid=records-grid] tbody tr").Count));
        var head = cut.Find("[data-testid=records-grid] thead").TextContent;
        var positions = Headers.Select(h => head.IndexOf(h, StringComparison.Ordinal)).ToList();
        Assert.All(positions, p => Assert.True(p >= 0, head));
        Assert.Equal(positions.Order(), positions);
        var first = cut.FindAll("[data-testid=records-grid] tbody tr")[0];
        Assert.Equal("2026-10-20", first.QuerySelector("td")!.TextContent.Trim());
        var link = first.QuerySelector("a")!;
        Assert.Equal("2026年10月监督小组会议", link.TextContent.Trim());
        Assert.Matches(@"^records/\d+$", link.GetAttribute("href"));
        Assert.Contains("已确认", first.QuerySelector("[data-testid=review-status]")!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("泉溪", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Grid_says_in_Chinese_when_nothing_matches()
    {
        RenderProviders();
        var cut = Render<RecordsGrid>(p => p.Add(c => c.Filter, new RecordFilter(null, null, null, null, null, "没有这样的记录")));

        cut.WaitForAssertion(() => Assert.Contains("没有符合条件的记录", cut.Find("[data-testid=records-empty]").TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public void The_list_opened_from_a_link_shows_that_filter_and_only_matching_records()
    {
        RenderProviders();
        Services.GetRequiredService<NavigationManager>().NavigateTo("records?station=1&kind=GroupMeeting&q=%E7%9B%91%E7%9D%A3");
        var cut = Render<RecordsPage>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=records-grid] tbody tr").Count));
        Assert.Equal("监督", cut.Find("#filter-keyword").GetAttribute("value"));
        Assert.DoesNotContain("第三季度监督联席会", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("共 2 条记录", cut.Find("[data-testid=records-total]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Applying_the_filter_bar_puts_the_filter_into_the_URL()
    {
        RenderProviders();
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("records?page=3");
        var cut = Render<RecordsPage>();
        // Loaded (stations read, list counted) before typing: under load a later render replaced the filter bar the keyword went into.
        cut.WaitForAssertion(() => Assert.Contains("条记录", cut.Find("[data-testid=records-total]").TextContent, StringComparison.Ordinal));

        cut.Find("#filter-keyword").Input("联席会");
        cut.Find("[data-testid=filter-apply]").Click();

        var uri = new Uri(nav.Uri);
        Assert.Equal("/records", uri.AbsolutePath);
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        Assert.Equal("联席会", query["q"].ToString());
        Assert.False(query.ContainsKey("page"), "a new filter starts on page 1");

        var restored = RecordFilterModel.FromQuery(null, null, null, null, null, null, query["q"]);
        Assert.Equal(new RecordFilter(null, null, null, null, null, "联席会"), restored.ToFilter());
    }

    [Fact]
    public void The_filter_round_trips_through_the_query_string()
    {
        var nav = Services.GetRequiredService<NavigationManager>();
        var filter = new RecordFilterModel { StationId = 2, Kind = Domain.Facts.RecordKind.JointMeeting, From = new DateOnly(2026, 7, 1), To = new DateOnly(2026, 9, 30), Review = ReviewStatus.Rejected, Keyword = "村民" };

        var uri = new Uri(nav.GetUriWithQueryParameters(filter.ToQuery(4)));
        var q = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);

        Assert.Equal("4", q["page"].ToString());
        var back = RecordFilterModel.FromQuery(int.Parse(q["station"]!, CultureInfo.InvariantCulture), q["kind"], q["from"], q["to"], null, q["review"], q["q"]);
        Assert.Equal(filter.ToFilter(), back.ToFilter());
        Assert.Equal(new RecordFilter(null, null, new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null), RecordFilterModel.FromQuery(null, null, null, null, "2026-11").ToFilter());
        Assert.Equal(new RecordFilter(null, null, new DateOnly(2026, 7, 1), new DateOnly(2026, 9, 30), null), RecordFilterModel.FromQuery(null, null, null, null, "2026-Q3").ToFilter());
    }
}

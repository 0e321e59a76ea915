using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>The record pages over HTTP: who reaches them (prerendered HTML).</summary>
[Collection(ReadOnlyAppGroup.Name)]
public class RecordPageTests(TestApp app)
{
    [Theory]
    [InlineData("/records")]
    [InlineData("/records/new")]
    [InlineData("/records/1")]
    [InlineData("/records/responsibility-lists")]
    public async Task Anonymous_visitors_are_sent_to_login(string path)
    {
        using var client = app.CreateManualClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Readers_cannot_open_the_record_form_but_writers_can()
    {
        using var evaluator = await app.SignInAsync("kaoping");
        var denied = await evaluator.GetAsync("/records/new?kind=GroupMeeting&station=1&period=2026-11");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Contains("/account/denied", denied.Headers.Location!.OriginalString, StringComparison.Ordinal);

        using var secretary = await app.SignInAsync("shuji1");
        var html = await secretary.GetStringAsync("/records/new?kind=GroupMeeting&station=1&period=2026-11");
        Assert.Contains("登记记录", html, StringComparison.Ordinal);
        Assert.Contains("2026年11月监督小组会议", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_and_edit_pages_show_a_record_to_its_station_only()
    {
        long id;
        await using (var db = app.CreateDbContext())
        {
            id = await db.Records.Where(r => r.StationId == 1 && r.Kind == RecordKind.GroupMeeting).Select(r => r.Id).FirstAsync();
        }
        using var secretary = await app.SignInAsync("shuji1");
        var detail = await secretary.GetStringAsync($"/records/{id}");
        Assert.Contains("出席成员", detail, StringComparison.Ordinal);
        Assert.Contains("变更历史", detail, StringComparison.Ordinal);
        Assert.Contains("修改记录", await secretary.GetStringAsync($"/records/{id}/edit"), StringComparison.Ordinal);

        using var other = await app.SignInAsync("shuji2");
        var hidden = await other.GetStringAsync($"/records/{id}");
        Assert.Contains("记录不存在或已删除", hidden, StringComparison.Ordinal);
        Assert.DoesNotContain("出席成员", hidden, StringComparison.Ordinal);
        Assert.Contains("记录不存在或无权修改", await other.GetStringAsync($"/records/{id}/edit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_shows_only_the_users_station()
    {
        // The grid loads its page from the database once the circuit is interactive: the query it calls is checked here.
        using var secretary = await app.SignInAsync("shuji2");
        var html = await secretary.GetStringAsync("/records");
        Assert.Contains("data-testid=\"records-grid\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("桐琴供电所", html, StringComparison.Ordinal);

        using var scope = await app.SignedInScopeAsync("shuji2");
        var queries = scope.ServiceProvider.GetRequiredService<RecordQueries>();
        var page = await queries.PageAsync(new RecordFilter(null, null, null, null, null), 0, 100, null, false);
        Assert.NotEmpty(page.Rows);
        Assert.All(page.Rows, r => Assert.Equal("泉溪供电所", r.Station));
        var foreign = await queries.PageAsync(new RecordFilter(1, null, null, null, null), 0, 100, null, false);
        Assert.Equal(0, foreign.Total);
    }

    [Fact]
    public async Task A_shared_list_link_opens_with_its_filter_filled_in()
    {
        using var secretary = await app.SignInAsync("shuji1");
        var html = await secretary.GetStringAsync("/records?station=1&kind=GroupMeeting&from=2026-01-01&to=2026-03-31&q=%E7%BA%AA%E8%A6%81&page=2");
        Assert.Matches("id=\"filter-keyword\"[^>]*value=\"纪要\"|value=\"纪要\"[^>]*id=\"filter-keyword\"", html);
        Assert.Contains("2026-01-01", html, StringComparison.Ordinal);
        Assert.Contains("2026-03-31", html, StringComparison.Ordinal);
    }
}

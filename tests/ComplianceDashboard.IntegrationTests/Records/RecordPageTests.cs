using System.Net;
using ComplianceDashboard.Domain.Facts;
using Microsoft.EntityFrameworkCore;
using ComplianceDashboard.IntegrationTests.Infrastructure;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>The record pages over HTTP: who reaches them (prerendered HTML).</summary>
public class RecordPageTests(TestApp app) : IClassFixture<TestApp>
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
        using var secretary = await app.SignInAsync("shuji2");
        var html = await secretary.GetStringAsync("/records");
        Assert.Contains("泉溪供电所", html, StringComparison.Ordinal);
        Assert.DoesNotContain("桐琴供电所", html, StringComparison.Ordinal);
    }
}

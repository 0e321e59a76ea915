using System.Net;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.MeetingPack;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.MeetingPack;

/// <summary>A pack covers only stations its requester may read, and only users who read all of them download it.</summary>
public class MeetingPackAccessTests(MeetingPackFixture app) : IClassFixture<MeetingPackFixture>
{
    private async Task<Web.Infrastructure.CommandResult<long>> RequestAsync(string user, params int[] stations)
    {
        using var scope = await app.SignedInScopeAsync(user);
        return await scope.ServiceProvider.GetRequiredService<MeetingPackService>().RequestAsync(2026, 3, stations);
    }

    [Fact]
    public async Task A_secretary_cannot_ask_for_another_stations_pack()
    {
        var result = await RequestAsync("shuji1", 1, 2);
        Assert.False(result.Succeeded);
        Assert.Equal("所选站所中有您无权查看的站所", result.FieldErrors["stations"]);
    }

    [Fact]
    public async Task A_secretarys_default_pack_covers_their_own_station_and_another_secretary_gets_403()
    {
        var result = await RequestAsync("shuji1");
        Assert.True(result.Succeeded);
        var pack = await app.WaitAsync(result.Value);
        Assert.Equal(MeetingPackStatus.Done, pack.Status);
        Assert.False(pack.IsCounty);
        Assert.Equal([1], pack.StationIdList());
        Assert.Equal("桐琴供电所", pack.ScopeLabel);

        using var own = await app.SignInAsync("shuji1");
        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync($"/api/meeting-packs/{pack.Id}/docx")).StatusCode);
        using var leader = await app.SignInAsync("jiwei");
        Assert.Equal(HttpStatusCode.OK, (await leader.GetAsync($"/api/meeting-packs/{pack.Id}/pptx")).StatusCode);
        using var other = await app.SignInAsync("shuji2");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/api/meeting-packs/{pack.Id}/docx")).StatusCode);
    }

    [Fact]
    public async Task Only_county_readers_download_a_county_pack()
    {
        using var secretary = await app.SignInAsync("shuji1");
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/meeting-packs/{app.PackId}/xlsx")).StatusCode);
        using var evaluator = await app.SignInAsync("kaoping");
        var response = await evaluator.GetAsync($"/api/meeting-packs/{app.PackId}/xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MeetingPackBuilder.XlsxType, response.Content.Headers.ContentType!.MediaType);
        using var anonymous = app.CreateManualClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.GetAsync($"/api/meeting-packs/{app.PackId}/xlsx")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await evaluator.GetAsync($"/api/meeting-packs/{app.PackId}/exe")).StatusCode);
    }

    [Fact]
    public async Task The_county_pack_is_listed_for_its_requester_with_its_three_files()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var mine = await scope.ServiceProvider.GetRequiredService<MeetingPackService>().MineAsync();
        var pack = Assert.Single(mine, p => p.Id == app.PackId);
        Assert.Equal(MeetingPackStatus.Done, pack.Status);
        Assert.Equal(100, pack.Progress);
        Assert.Equal(["docx", "pptx", "xlsx"], pack.Kinds);
        Assert.Equal("全县", pack.ScopeLabel);
    }
}

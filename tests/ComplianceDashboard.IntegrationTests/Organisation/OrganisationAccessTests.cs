using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Organisation;

/// <summary>What the organisation pages show each user over HTTP (demo station 1 = 桐琴供电所); who may open them at all: Security/AccessTests.Table.</summary>
[Collection(ReadOnlyAppGroup.Name)]
public class OrganisationAccessTests(TestApp app)
{
    [Fact]
    public async Task Secretary_of_station_1_sees_the_facility_inventory_of_their_points()
    {
        using var client = await app.SignInAsync("shuji1");
        var html = await client.GetStringAsync("/organisation/1/points");
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
        Assert.Contains("设施配置（附表1）", html, StringComparison.Ordinal);
        Assert.Contains("智能服务终端", html, StringComparison.Ordinal);
        Assert.Contains("必配", html, StringComparison.Ordinal);
        Assert.Contains("新增服务站点", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_discipline_leader_reads_every_station_but_gets_no_edit_button()
    {
        using var client = await app.SignInAsync("jiwei");
        var html = await client.GetStringAsync("/organisation/2/points");
        Assert.Contains("泉溪供电所", html, StringComparison.Ordinal);
        Assert.DoesNotContain("新增服务站点", html, StringComparison.Ordinal);
        var picker = await client.GetStringAsync("/organisation");
        Assert.Contains("桐琴供电所", picker, StringComparison.Ordinal);
        Assert.Contains("泉溪供电所", picker, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_organisation_page_renders_for_its_secretary()
    {
        using var client = await app.SignInAsync("shuji1");
        foreach (var (path, heading) in new[]
        {
            ("/organisation/1", "桐琴供电所 · 概览"), ("/organisation/1/points", "桐琴供电所 · 服务站点"), ("/organisation/1/people", "桐琴供电所 · 人员岗位"),
            ("/organisation/1/appointments", "桐琴供电所 · 监督员聘任"), ("/organisation/1/group", "桐琴供电所 · 监督小组"),
        })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(heading, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Contains("在岗情况", await client.GetStringAsync("/organisation/1/people"), StringComparison.Ordinal);
    }
}

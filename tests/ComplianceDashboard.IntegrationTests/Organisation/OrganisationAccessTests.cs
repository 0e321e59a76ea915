using System.Net;
using ComplianceDashboard.IntegrationTests.Infrastructure;

namespace ComplianceDashboard.IntegrationTests.Organisation;

/// <summary>Who reaches the organisation pages over HTTP (demo station 1 = 桐琴供电所).</summary>
public class OrganisationAccessTests(TestApp app) : IClassFixture<TestApp>
{
    [Theory]
    [InlineData("/organisation")]
    [InlineData("/organisation/1")]
    [InlineData("/organisation/1/points")]
    public async Task Anonymous_requests_are_redirected_to_login(string path)
    {
        using var client = app.CreateManualClient();
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", response.Headers.Location!.AbsolutePath);
    }

    [Theory]
    [InlineData("/organisation/1")]
    [InlineData("/organisation/1/points")]
    [InlineData("/organisation/1/people")]
    [InlineData("/organisation/1/appointments")]
    [InlineData("/organisation/1/group")]
    public async Task Secretary_of_station_2_is_denied_station_1(string path)
    {
        using var client = await app.SignInAsync("shuji2");
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/denied", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Secretary_of_station_1_sees_the_facility_inventory_of_their_points()
    {
        using var client = await app.SignInAsync("shuji1");
        var html = await client.GetStringAsync("/organisation/1/points");
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
        Assert.Contains("设施配置（附表1）", html, StringComparison.Ordinal);
        Assert.Contains("智能服务终端", html, StringComparison.Ordinal);
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
        foreach (var path in new[] { "/organisation/1", "/organisation/1/people", "/organisation/1/appointments", "/organisation/1/group" })
        {
            var response = await client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        Assert.Contains("在岗情况", await client.GetStringAsync("/organisation/1/people"), StringComparison.Ordinal);
    }
}

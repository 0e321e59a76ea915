using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Grading;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Stations;

/// <summary>
/// 补录 / 填报 links lead to the records form, which only the station's 支部书记, 廉政监督员 and 客户经理 may use: the pages
/// decide on the server (StationScope.CanWrite) whether to show them. Today is 2026-11-20, so November's duties are open.
/// </summary>
public class RecordLinkAccessTests(TestApp app) : IClassFixture<TestApp>
{
    private async Task GradeStation1Async() => await app.Services.GetRequiredService<GradingService>().RegradeStationAsync(1, 2026);

    [Theory]
    [InlineData("jiwei")]
    [InlineData("kaoping")]
    [InlineData("admin")]
    public async Task Read_only_users_see_no_record_links_on_the_month_item_and_pending_pages(string user)
    {
        await GradeStation1Async();
        using var client = await app.SignInAsync(user);

        var month = await client.GetStringAsync("/stations/1/months/2026-11");
        var item = await client.GetStringAsync("/stations/1/items/13?year=2026");
        var pending = await client.GetStringAsync("/pending?station=1");

        Assert.Contains("本月到期的履职事项", month, StringComparison.Ordinal);
        Assert.Contains("data-status=\"InProgress\"", month, StringComparison.Ordinal); // open duties are listed…
        foreach (var html in new[] { month, item, pending })
        {
            Assert.DoesNotContain("records/new", html, StringComparison.Ordinal); // …but nothing leads to the form
            Assert.DoesNotContain(">补录<", html, StringComparison.Ordinal);
            Assert.DoesNotContain(">填报<", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Secretary_of_the_station_gets_the_prefilled_form_links()
    {
        await GradeStation1Async();
        using var client = await app.SignInAsync("shuji1");

        var month = await client.GetStringAsync("/stations/1/months/2026-11");
        var pending = await client.GetStringAsync("/pending?station=1");

        Assert.Contains("href=\"records/new?kind=", month, StringComparison.Ordinal);
        Assert.Contains("station=1&amp;period=2026-11", month, StringComparison.Ordinal);
        Assert.Contains("补录", month, StringComparison.Ordinal);
        Assert.Contains("href=\"records/new?kind=", pending, StringComparison.Ordinal);
        Assert.Contains("填报", pending, StringComparison.Ordinal);
    }
}

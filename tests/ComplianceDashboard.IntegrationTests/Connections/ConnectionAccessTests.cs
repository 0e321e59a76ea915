using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Connections;

/// <summary>The 业扩 pages over HTTP: 纪委领导, 考评员, 管理员, 支部书记 and 客户经理 open them; 廉政监督员 and anonymous callers do not.</summary>
[Collection(ReadOnlyAppGroup.Name)]
public class ConnectionAccessTests(TestApp app)
{
    [Theory]
    [InlineData("jiwei", "/connections?date=2026-10-09", true)]
    [InlineData("kaoping", "/connections/sheet?month=2026-10", true)]
    [InlineData("shuji1", "/connections/applications", true)]
    [InlineData("jingli1", "/connections/callbacks", true)]
    [InlineData("admin", "/connections/holidays", true)]
    [InlineData("shuji2", "/connections/dashboard", true)]
    [InlineData("kaoping", "/connections/meetings?year=2026", true)]
    [InlineData("kaoping", "/connections/import", true)]
    [InlineData("shuji1", "/connections/applications/new", true)]
    [InlineData("jiwei", "/connections/callbacks?month=2026-10", true)]
    [InlineData("jiandu1", "/connections", false)]
    [InlineData("jiandu1", "/connections/applications/1", false)]
    [InlineData("jiandu1", "/connections/import", false)]
    public async Task Pages_open_for_the_viewer_roles_only(string user, string path, bool allowed)
    {
        using var client = await app.SignInAsync(user);
        var response = await client.GetAsync(path);
        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var location = response.Headers.Location!;
            Assert.Equal("/account/denied", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
        }
    }

    [Fact]
    public async Task Anonymous_callers_are_sent_to_sign_in()
    {
        using var client = app.CreateManualClient();
        var response = await client.GetAsync("/connections");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}

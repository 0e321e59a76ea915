using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Users;

namespace ComplianceDashboard.ComponentTests.Users;

public class UserGridTests : ComponentTest
{
    private static readonly UserRow Active = new("1", "shuji1", "赵平", ["支部书记"], [1], "桐琴供电所", IsDisabled: false, IsLockedOut: false);
    private static readonly UserRow Disabled = new("2", "old.one", "钱多", ["客户经理", "廉政监督员"], [2], "泉溪供电所", IsDisabled: true, IsLockedOut: false);
    private static readonly UserRow Locked = new("3", "lock.me", "孙立", ["考评员"], [], "", IsDisabled: false, IsLockedOut: true);

    [Fact]
    public void Roles_and_status_show_as_chips_per_user()
    {
        RenderProviders();
        var grid = Render<UserGrid>(p => p.Add(g => g.Users, [Active, Disabled, Locked]));

        var rows = grid.FindAll("tbody tr.mud-table-row");
        Assert.Equal(3, rows.Count);
        Assert.Equal(["支部书记"], Chips(rows[0], "role-chip"));
        Assert.Equal(["正常"], Chips(rows[0], "status-chip"));
        Assert.Equal(["客户经理", "廉政监督员"], Chips(rows[1], "role-chip"));
        Assert.Equal(["已停用"], Chips(rows[1], "status-chip"));
        Assert.Equal(["已锁定"], Chips(rows[2], "status-chip"));
        Assert.Contains("桐琴供电所", rows[0].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_actions_report_the_user_of_their_row()
    {
        RenderProviders();
        UserRow? edited = null, toggled = null, reset = null;
        var grid = Render<UserGrid>(p => p
            .Add(g => g.Users, [Active, Disabled])
            .Add(g => g.OnEdit, u => edited = u)
            .Add(g => g.OnToggle, u => toggled = u)
            .Add(g => g.OnResetPassword, u => reset = u));

        grid.Find("[data-testid=edit-old\\.one]").Click();
        grid.WaitForAssertion(() => Assert.Same(Disabled, edited));
        grid.Find("[data-testid=toggle-shuji1]").Click();
        grid.WaitForAssertion(() => Assert.Same(Active, toggled));
        grid.Find("[data-testid=reset-old\\.one]").Click();
        grid.WaitForAssertion(() => Assert.Same(Disabled, reset));
        Assert.Equal("停用", grid.Find("[data-testid=toggle-shuji1]").GetAttribute("aria-label"));
        Assert.Equal("启用", grid.Find("[data-testid=toggle-old\\.one]").GetAttribute("aria-label"));
    }

    [Fact]
    public void The_search_box_keeps_the_users_matching_name_or_station()
    {
        RenderProviders();
        var grid = Render<UserGrid>(p => p.Add(g => g.Users, [Active, Disabled, Locked]));

        grid.Find("[data-testid=user-search]").Input("泉溪");

        grid.WaitForAssertion(() => Assert.Single(grid.FindAll("tbody tr.mud-table-row")));
        Assert.Contains("old.one", grid.Find("tbody tr.mud-table-row").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_list_says_so_in_Chinese()
    {
        RenderProviders();
        var grid = Render<UserGrid>(p => p.Add(g => g.Users, []));
        Assert.Contains("暂无用户", grid.Markup, StringComparison.Ordinal);
    }

    private static string[] Chips(AngleSharp.Dom.IElement row, string testId) =>
        row.QuerySelectorAll($"[data-testid={testId}]").Select(c => c.TextContent.Trim()).ToArray();
}

using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Organisation;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Organisation;

public class AppointmentGridTests : ComponentTest
{
    private static AppointmentRow Row(int id, string name, AppointmentStatus status, bool expiresSoon = false, bool ended = false) =>
        new(id, 10 + id, name, status, SelfNominated: id == 2, new(2024, 1, 5), status >= AppointmentStatus.Reviewed ? new DateOnly(2024, 1, 10) : null,
            status == AppointmentStatus.Approved ? "武电纪〔2024〕3号" : null, status == AppointmentStatus.Approved ? new DateOnly(2024, 1, 20) : null,
            new(2024, 2, 1), new(2026, 1, 31), 1, expiresSoon, ended);

    private static readonly AppointmentRow[] Rows =
    [
        Row(1, "张三", AppointmentStatus.Recommended),
        Row(2, "李四", AppointmentStatus.Reviewed),
        Row(3, "王五", AppointmentStatus.Approved, expiresSoon: true),
        Row(4, "赵六", AppointmentStatus.Approved, ended: true),
        Row(5, "钱七", AppointmentStatus.Rejected),
    ];

    private IRenderedComponent<AppointmentGrid> RenderGrid(bool canApprove, Action<AppointmentRow>? onReject = null) => Render<AppointmentGrid>(p => p
        .Add(g => g.Rows, Rows).Add(g => g.CanApprove, canApprove)
        .Add(g => g.OnReject, a => onReject?.Invoke(a)));

    private static IEnumerable<string> Headers(IRenderedComponent<AppointmentGrid> grid) =>
        grid.FindAll("th").Select(th => th.TextContent.Trim()).Where(t => t.Length > 0);

    private static AngleSharp.Dom.IElement RowOf(IRenderedComponent<AppointmentGrid> grid, string name) =>
        grid.FindAll("tbody tr").Single(tr => tr.TextContent.Contains(name, StringComparison.Ordinal));

    [Fact]
    public void Approvers_see_the_workflow_column_and_others_do_not()
    {
        Assert.Equal(["姓名", "状态", "推荐", "审核", "批准文号 / 日期", "任期", "操作"], Headers(RenderGrid(canApprove: true)));
        Assert.Equal(["姓名", "状态", "推荐", "审核", "批准文号 / 日期", "任期"], Headers(RenderGrid(canApprove: false)));
    }

    [Fact]
    public void Each_status_is_a_coloured_chip_and_the_buttons_follow_the_status()
    {
        var grid = RenderGrid(canApprove: true);

        var chips = grid.FindAll("[data-testid=appointment-status]").Select(c => (c.TextContent.Trim(), c.ClassName)).ToList();
        Assert.Equal(["推荐", "审核", "批准", "批准", "未通过"], chips.Select(c => c.Item1));
        Assert.Contains("mud-chip-color-info", chips[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-success", chips[2].ClassName, StringComparison.Ordinal);
        Assert.Contains("mud-chip-color-error", chips[4].ClassName, StringComparison.Ordinal);
        Assert.Contains("自荐", RowOf(grid, "李四").TextContent, StringComparison.Ordinal);

        Assert.NotNull(RowOf(grid, "张三").QuerySelector("[data-testid=appointment-review]"));
        Assert.Null(RowOf(grid, "张三").QuerySelector("[data-testid=appointment-approve]"));
        Assert.NotNull(RowOf(grid, "李四").QuerySelector("[data-testid=appointment-approve]"));
        Assert.NotNull(RowOf(grid, "李四").QuerySelector("[data-testid=appointment-reject]"));
        Assert.Empty(RowOf(grid, "王五").QuerySelectorAll("button"));
        Assert.Empty(RowOf(grid, "钱七").QuerySelectorAll("button"));
    }

    [Fact]
    public void Terms_ending_soon_or_ended_without_renewal_get_a_chip_and_a_highlight()
    {
        var grid = RenderGrid(canApprove: false);

        var soon = RowOf(grid, "王五");
        Assert.Equal("即将届满", soon.QuerySelector("[data-testid=term-chip]")!.TextContent.Trim());
        Assert.Contains("mud-chip-color-warning", soon.QuerySelector("[data-testid=term-chip]")!.ClassName, StringComparison.Ordinal);
        var ended = RowOf(grid, "赵六");
        Assert.Equal("任期届满", ended.QuerySelector("[data-testid=term-chip]")!.TextContent.Trim());
        Assert.Contains("mud-chip-color-error", ended.QuerySelector("[data-testid=term-chip]")!.ClassName, StringComparison.Ordinal);
        Assert.Contains("org-expiring", soon.ClassName, StringComparison.Ordinal);
        Assert.Null(RowOf(grid, "张三").QuerySelector("[data-testid=term-chip]"));
        Assert.Contains("2024-02-01 ~ 2026-01-31", soon.TextContent, StringComparison.Ordinal);
        Assert.Contains("武电纪〔2024〕3号 2024-01-20", soon.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false, 0)]
    [InlineData(true, 1)]
    public void Rejecting_asks_first_and_only_a_confirmation_rejects(bool confirm, int rejections)
    {
        var provider = RenderProviders();
        var rejected = new List<AppointmentRow>();
        var grid = RenderGrid(canApprove: true, rejected.Add);

        RowOf(grid, "李四").QuerySelector("[data-testid=appointment-reject]")!.Click();
        provider.WaitForAssertion(() => Assert.Contains("确认对 李四 不予批准？", provider.Markup, StringComparison.Ordinal));
        provider.Find(confirm ? "[data-testid=confirm-ok]" : "[data-testid=confirm-cancel]").Click();

        provider.WaitForAssertion(() => Assert.DoesNotContain("确认对 李四 不予批准？", provider.Markup, StringComparison.Ordinal));
        Assert.Equal(rejections, rejected.Count);
        Assert.All(rejected, a => Assert.Equal("李四", a.PersonName));
    }

    [Fact]
    public void An_empty_list_says_so_in_Chinese()
    {
        var grid = Render<AppointmentGrid>(p => p.Add(g => g.Rows, []));
        Assert.Contains("没有聘任记录", grid.Markup, StringComparison.Ordinal);
    }
}

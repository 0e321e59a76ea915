using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Features.Organisation;

namespace ComplianceDashboard.ComponentTests.Organisation;

/// <summary>Post status, group members, assignments and service point card.</summary>
public class TablesTests : ComponentTest
{
    private static readonly DateOnly Today = new(2026, 9, 15);

    [Fact]
    public void Post_status_shows_the_holder_or_a_red_vacancy_chip_with_days_and_refill_deadline()
    {
        PostStatus[] posts =
        [
            new(1, "上叶村服务点", PostRole.CustomerManager, 5, "王芳", new(2025, 3, 1), null, null, null, 0),
            new(1, "上叶村服务点", PostRole.Supervisor, null, null, null, new(2026, 8, 1), VacancyReason.Left, new(2026, 8, 31), 45),
            new(2, "下叶村服务点", PostRole.Supervisor, null, null, null, new(2026, 9, 10), VacancyReason.Dismissed, new(2026, 10, 9), 5),
        ];
        var table = Render<PostStatusTable>(p => p.Add(t => t.Posts, posts).Add(t => t.Today, Today));

        var rows = table.FindAll("[data-testid=post-row]");
        Assert.Equal(3, rows.Count);
        Assert.Contains("王芳", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2025-03-01", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Null(rows[0].QuerySelector("[data-testid=vacancy-chip]"));
        var chip = rows[1].QuerySelector("[data-testid=vacancy-chip]")!;
        Assert.Equal("空缺 45天", chip.TextContent.Trim());
        Assert.Contains("mud-chip-color-error", chip.ClassName, StringComparison.Ordinal);
        Assert.Contains("须于2026-08-31前补充", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-error-text", rows[1].QuerySelector("[data-testid=refill-deadline]")!.ClassName, StringComparison.Ordinal);
        Assert.DoesNotContain("mud-error-text", rows[2].QuerySelector("[data-testid=refill-deadline]")!.ClassName, StringComparison.Ordinal);
    }

    private static MemberRow Member(int id, string name, GroupRole role, bool secretary = false, bool current = true) =>
        new(id, id, name, role, secretary, new(2025, 1, 1), current ? null : new DateOnly(2026, 1, 1), current);

    [Fact]
    public void Group_without_a_secretary_leader_shows_the_rule_as_an_error_and_the_member_count()
    {
        var view = GroupService.Describe([Member(1, "张三", GroupRole.Leader), Member(2, "李四", GroupRole.Supervisor), Member(3, "王五", GroupRole.StaffRepresentative, current: false)]);
        var table = Render<GroupMembersTable>(p => p.Add(t => t.View, view).Add(t => t.CanManage, true));

        var warnings = table.FindAll("[data-testid=group-warning]");
        Assert.Contains(warnings, w => w.TextContent.Contains("组长不是党支部书记", StringComparison.Ordinal) && (w.ClassName ?? "").Contains("mud-alert-text-error", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.TextContent.Contains("少于3名", StringComparison.Ordinal));
        Assert.Contains("现有成员 2 名（通常3–5名，最多7名）", table.Find("[data-testid=group-rule]").TextContent, StringComparison.Ordinal);
        Assert.Equal(2, table.FindAll("[data-testid=member-end]").Count);
    }

    [Fact]
    public void Group_of_six_with_a_secretary_leader_gets_only_a_warning_and_readers_get_no_buttons()
    {
        var view = GroupService.Describe([Member(1, "张三", GroupRole.Leader, secretary: true), .. Enumerable.Range(2, 5).Select(i => Member(i, $"成员{i}", GroupRole.StaffRepresentative))]);
        var table = Render<GroupMembersTable>(p => p.Add(t => t.View, view).Add(t => t.CanManage, false));

        var warning = Assert.Single(table.FindAll("[data-testid=group-warning]"));
        Assert.Contains("多于通常的3–5名", warning.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-alert-text-warning", warning.ClassName, StringComparison.Ordinal);
        Assert.Contains("党支部书记", table.Find("tbody").TextContent, StringComparison.Ordinal);
        Assert.Empty(table.FindAll("[data-testid=member-end]"));
    }

    [Fact]
    public void Only_current_assignments_can_be_ended()
    {
        AssignmentRow[] rows =
        [
            new(1, 5, "王芳", 1, "上叶村服务点", PostRole.CustomerManager, new(2025, 3, 1), null, null),
            new(2, 6, "刘强", 1, "上叶村服务点", PostRole.Supervisor, new(2024, 3, 1), new(2026, 8, 1), VacancyReason.Left),
        ];
        var ended = new List<AssignmentRow>();
        var grid = Render<AssignmentGrid>(p => p.Add(g => g.Rows, rows).Add(g => g.CanManage, true).Add(g => g.OnEnd, a => ended.Add(a)));

        var button = Assert.Single(grid.FindAll("[data-testid=assignment-end]"));
        button.Click();
        Assert.Equal("王芳", Assert.Single(ended).PersonName);
        Assert.Contains("2026-08-01", grid.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Service_point_card_marks_missing_mandatory_facilities()
    {
        var point = new ServicePointView(1, "上叶村服务点", "上叶村", VenueType.PowerStation, new(2024, 1, 1), null, true, false, true, true,
            [new(FacilityKind.SmartTerminal, 0, true), new(FacilityKind.Brochures, 2, false)], [FacilityKind.SmartTerminal]);
        var card = Render<ServicePointCard>(p => p.Add(c => c.Point, point).Add(c => c.CanEdit, false));

        Assert.Contains("缺少必配设施：智能服务终端", card.Find("[data-testid=point-shortfall]").TextContent, StringComparison.Ordinal);
        var missing = Assert.Single(card.FindAll("tr[data-missing=true]"));
        Assert.Contains("缺", missing.TextContent, StringComparison.Ordinal);
        Assert.Contains("咨询、缴费", card.Markup, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("button"));
    }
}

using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Components.Shared;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Records.Sections;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>The record form's sections: field-level messages from the service's RecordResult (through FormErrors), the live quorum, dynamic rows.</summary>
public class RecordFormSectionTests : ComponentTest
{
    private static readonly RecordFormChoices FourMembers = new([], [],
        [new(1, "王建国", "组长", true), new(2, "李梅", "组员", false), new(3, "张强", "组员", false), new(4, "赵丽", "组员", false)], []);

    [Fact]
    public void Quorum_updates_live_as_members_are_ticked()
    {
        RenderProviders();
        var input = new RecordInput { Kind = RecordKind.GroupMeeting, MajorDecisionCount = 1 };
        var cut = Render<GroupMeetingSection>(p => p.Add(c => c.Input, input).Add(c => c.Choices, FourMembers));

        Assert.Contains("小组成员 4 人，出席 0 人", cut.Find("[data-testid=quorum]").TextContent, StringComparison.Ordinal);
        Assert.Contains("出席未达半数，重大事项不能表决", cut.Find("[data-testid=quorum-missing]").TextContent, StringComparison.Ordinal);

        var boxes = cut.FindAll("[data-testid=present-members] input[type=checkbox]");
        Assert.Equal(4, boxes.Count);
        boxes[0].Change(true);
        cut.FindAll("[data-testid=present-members] input[type=checkbox]")[1].Change(true);

        cut.WaitForAssertion(() => Assert.Contains("出席 2 人", cut.Find("[data-testid=quorum]").TextContent, StringComparison.Ordinal));
        Assert.Contains("出席已过半数，重大事项表决有效", cut.Find("[data-testid=quorum-ok]").TextContent, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll("[data-testid=quorum-missing]"));
        Assert.Equal([1, 2], input.PresentMemberIds.Order());
        Assert.Contains("王建国（组长·支部书记）", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void Quorum_is_not_judged_without_major_decisions_and_a_group_outside_3_to_7_is_flagged()
    {
        RenderProviders();
        var two = new RecordFormChoices([], [], [new(1, "王建国", "组长", true), new(2, "李梅", "组员", false)], []);
        var cut = Render<GroupMeetingSection>(p => p.Add(c => c.Input, new RecordInput()).Add(c => c.Choices, two));

        Assert.Empty(cut.FindAll("[data-testid=quorum-ok]"));
        Assert.Empty(cut.FindAll("[data-testid=quorum-missing]"));
        Assert.Contains("小组人数应为3至7人", cut.Find("[data-testid=group-size-warning]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Member_and_decision_errors_are_shown_in_Chinese_at_their_fields()
    {
        RenderProviders();
        var result = new RecordResult().Add(nameof(RecordInput.PresentMemberIds), "请勾选出席的监督小组成员").Add(nameof(RecordInput.MajorDecisionCount), "重大事项数不能为负数");
        var cut = Render<GroupMeetingSection>(p => p.Add(c => c.Input, new RecordInput()).Add(c => c.Choices, FourMembers).Add(c => c.Form, Shown(result)));

        Assert.Contains("请勾选出席的监督小组成员", cut.Find("[role=alert]").TextContent, StringComparison.Ordinal);
        var decisions = cut.Find("#MajorDecisionCount").Closest(".mud-input-control")!;
        Assert.Contains("重大事项数不能为负数", decisions.TextContent, StringComparison.Ordinal);
        Assert.Contains("mud-input-error", decisions.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public void Outage_errors_are_shown_at_the_type_and_time_fields()
    {
        RenderProviders();
        var result = new RecordResult().Add(nameof(RecordInput.OutageType), "请选择停电类型").Add(nameof(RecordInput.PublishedAt), "请填写公告发布时间");
        var cut = Render<OutageSection>(p => p.Add(c => c.Input, new RecordInput { Kind = RecordKind.OutageNotice }).Add(c => c.Form, Shown(result)));

        Assert.Contains("请选择停电类型", FieldOf(cut, "#OutageType"), StringComparison.Ordinal);
        Assert.Contains("请填写公告发布时间", FieldOf(cut, "#PublishedAt"), StringComparison.Ordinal);
        Assert.DoesNotContain("请", FieldOf(cut, "#OutageStart"), StringComparison.Ordinal);
        Assert.Equal("datetime-local", cut.Find("#PublishedAt").GetAttribute("type"));
    }

    [Fact]
    public void Common_fields_show_title_content_and_date_errors_and_the_date_picker_uses_yyyy_MM_dd()
    {
        RenderProviders();
        var input = new RecordInput { StationId = 1, Kind = RecordKind.GroupMeeting, EventDate = new DateOnly(2026, 11, 5), Title = "", Content = "" };
        var result = new RecordResult().Add(nameof(RecordInput.Title), "请填写标题").Add(nameof(RecordInput.Content), "请填写会议内容").Add(nameof(RecordInput.EventDate), "日期不能晚于今天");
        var cut = Render<RecordCommonFields>(p => p.Add(c => c.Input, input).Add(c => c.Stations, [new OptionItem<int>(1, "桐琴供电所")])
            .Add(c => c.Form, Shown(result)).Add(c => c.Today, new DateTime(2026, 11, 20)));

        Assert.Contains("请填写标题", FieldOf(cut, "#Title"), StringComparison.Ordinal);
        Assert.Contains("请填写会议内容", FieldOf(cut, "#Content"), StringComparison.Ordinal);
        Assert.Contains("日期不能晚于今天", FieldOf(cut, "#EventDate"), StringComparison.Ordinal);
        Assert.Equal("2026-11-05", cut.Find("#EventDate").GetAttribute("value"));
        Assert.Equal("textarea", cut.Find("#Content").TagName, ignoreCase: true);
    }

    [Fact]
    public void Ledger_section_shows_the_service_point_and_person_errors()
    {
        RenderProviders();
        var result = new RecordResult().Add(nameof(RecordInput.ServicePointId), "请选择服务站点").Add(nameof(RecordInput.PersonId), "请选择驻村客户经理");
        var cut = Render<LedgerSection>(p => p.Add(c => c.Input, new RecordInput { Kind = RecordKind.DemandLedger }).Add(c => c.Choices, RecordFormChoices.Empty).Add(c => c.Form, Shown(result)));

        Assert.Contains("请选择服务站点", FieldOf(cut, "#ServicePointId"), StringComparison.Ordinal);
        Assert.Contains("请选择驻村客户经理", FieldOf(cut, "#PersonId"), StringComparison.Ordinal);
    }

    [Fact]
    public void Inspection_problems_are_added_and_removed()
    {
        RenderProviders();
        var input = new RecordInput { Kind = RecordKind.SpecialInspection };
        var cut = Render<InspectionSection>(p => p.Add(c => c.Input, input));

        cut.FindAll("button").Single(b => b.TextContent.Contains("添加问题", StringComparison.Ordinal)).Click();
        cut.FindAll("button").Single(b => b.TextContent.Contains("添加问题", StringComparison.Ordinal)).Click();
        Assert.Equal(2, input.EmergingProblems.Count);
        Assert.NotNull(cut.Find("#problem-1"));

        cut.FindAll("button[aria-label=删除问题]")[0].Click();
        Assert.Single(input.EmergingProblems);
        Assert.Empty(cut.FindAll("#problem-1"));
    }

    [Fact]
    public void Joint_meeting_warns_until_a_villager_or_enterprise_representative_attends()
    {
        RenderProviders();
        var input = new RecordInput { Kind = RecordKind.JointMeeting };
        var cut = Render<JointMeetingSection>(p => p.Add(c => c.Input, input));
        Assert.NotEmpty(cut.FindAll("[data-testid=joint-meeting-hint]"));

        var villager = cut.FindAll("[data-testid=attendee-categories] label").Single(l => l.TextContent.Contains("村民代表", StringComparison.Ordinal));
        villager.QuerySelector("input")!.Change(true);

        Assert.True(input.Attendees.HasFlag(AttendeeCategories.Villager));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=joint-meeting-hint]")));
    }

    private static string FieldOf<T>(IRenderedComponent<T> cut, string inputSelector) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find(inputSelector).Closest(".mud-input-control")!.TextContent;

    /// <summary>The service's result as the form shows it.</summary>
    private FormErrors Shown(CommandResult result)
    {
        var form = Services.GetRequiredService<FormErrors>();
        form.Show(result);
        return form;
    }
}

using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>Items 13–22 (监督管理).</summary>
public class SupervisionItemsTests
{
    [Fact]
    public void Item13_scores_zero_when_March_minutes_are_missing()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.GroupMeeting, 3);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("13").Points);
        Assert.Equal("不得分：3月缺少监督小组会议纪要", grade.Item("13").Explanation);
        grade.AssertOthersFull("13");
    }

    [Fact]
    public void Item13_names_every_missing_month_in_one_sentence()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.GroupMeeting, 3).RemoveMonth(RecordKind.GroupMeeting, 7);

        var item = Grading.Final(b).Item("13");

        Assert.Equal("不得分：3月、7月缺少监督小组会议纪要", item.Explanation);
        Assert.Equal([3m, 0m], item.Gaps.Select(g => g.PointsLost)); // the whole loss sits on the first gap
    }

    [Fact]
    public void Item13_scores_zero_when_the_group_has_eight_members()
    {
        var b = PerfectYear(2025);
        for (var i = 0; i < 4; i++)
            b.GroupMembers.Add(new GroupMembershipFact(400 + i, GroupRole.StaffRepresentative, false, new DateOnly(2025, 9, 1), null));

        var item = Grading.Final(b).Item("13");

        Assert.Equal(0m, item.Points);
        Assert.Contains("成员8人", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Item13_scores_zero_when_the_leader_is_not_the_party_secretary()
    {
        var b = PerfectYear(2025);
        b.GroupMembers[0] = b.GroupMembers[0] with { IsPartySecretary = false };

        Assert.Equal(0m, Grading.Final(b).Item("13").Points);
    }

    [Fact]
    public void Item13_a_major_decision_needs_at_least_half_of_the_members_present()
    {
        var quorum = PerfectYear(2025).Map(RecordKind.GroupMeeting, r => r.EventDate.Month == 5 ? r with { PresentMemberIds = [Secretary, SupervisorA] } : r);
        var noQuorum = PerfectYear(2025).Map(RecordKind.GroupMeeting, r => r.EventDate.Month == 5 ? r with { PresentMemberIds = [Secretary] } : r);
        var noDecision = PerfectYear(2025).Map(RecordKind.GroupMeeting, r => r.EventDate.Month == 5 ? r with { PresentMemberIds = [Secretary], MajorDecisionCount = 0 } : r);

        Assert.Equal(3m, Grading.Final(quorum).Item("13").Points);
        Assert.Equal(0m, Grading.Final(noQuorum).Item("13").Points);
        Assert.Equal(3m, Grading.Final(noDecision).Item("13").Points);
    }

    [Fact]
    public void Item14_scores_zero_when_a_joint_meeting_has_no_villager_or_enterprise_representative()
    {
        var b = PerfectYear(2025).Map(RecordKind.JointMeeting, r => r.EventDate.Month == 6 ? r with { Attendees = AttendeeCategories.StationHead | AttendeeCategories.TeamLeader } : r);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("14").Points);
        Assert.Contains("第二季度联席会无村民或村企代表参加", grade.Item("14").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("14");
    }

    [Fact]
    public void Item14_a_village_enterprise_representative_is_enough()
    {
        var b = PerfectYear(2025).Map(RecordKind.JointMeeting, r => r with { Attendees = AttendeeCategories.VillageEnterprise });

        Assert.Equal(3m, Grading.Final(b).Item("14").Points);
    }

    [Fact]
    public void Item14_scores_zero_when_a_quarter_has_no_joint_meeting()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.JointMeeting, 12);

        Assert.Equal(0m, Grading.Final(b).Item("14").Points);
    }

    [Theory]
    [InlineData("15", RecordKind.SpecialInspection, 11, "不得分：11月缺少专项监督检查记录")]
    [InlineData("16", RecordKind.FourWindsInspection, 12, "不得分：第四季度缺少“四风”检查记录")]
    [InlineData("17", RecordKind.RiskIdentification, 12, "不得分：下半年缺少岗位廉政风险辨识记录")]
    [InlineData("18", RecordKind.CustomerVisit, 3, "不得分：第一季度缺少客户走访记录")]
    [InlineData("20", RecordKind.SupervisionResultsDisclosure, 1, "不得分：1月缺少监督结果公开记录")]
    [InlineData("22", RecordKind.LeaderDutyReport, 9, "不得分：第三季度缺少组长履职汇报")]
    public void An_All_item_scores_zero_when_one_period_of_its_obligation_is_missing(string code, RecordKind kind, int month, string explanation)
    {
        var b = PerfectYear(2025).RemoveMonth(kind, month);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item(code).Points);
        Assert.Equal(explanation, grade.Item(code).Explanation);
        grade.AssertOthersFull(code);
    }

    [Fact]
    public void Item19_scores_zero_when_the_reminder_comes_8_days_after_the_inspection()
    {
        var b = PerfectYear(2025).Map(RecordKind.Reminder, r => r with { EventDate = new DateOnly(2025, 5, 18) });

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("19").Points);
        Assert.Contains("未在7天内提醒客户经理", grade.Item("19").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("19");
    }

    [Fact]
    public void Item19_a_reminder_7_days_after_the_inspection_is_in_time()
    {
        var b = PerfectYear(2025).Map(RecordKind.Reminder, r => r with { EventDate = new DateOnly(2025, 5, 17) });

        Assert.Equal(3m, Grading.Final(b).Item("19").Points);
    }

    [Fact]
    public void Item19_a_problem_whose_7_days_are_still_running_is_not_a_failure()
    {
        var b = PerfectYear(2025).Remove(r => r.Kind == RecordKind.Reminder);

        Assert.Equal(3m, Grading.AsOf(b, new DateOnly(2025, 5, 17)).Item("19").Points);
        Assert.Equal(0m, Grading.AsOf(b, new DateOnly(2025, 5, 18)).Item("19").Points);
    }

    [Fact]
    public void Item20_results_published_on_the_first_of_the_next_month_are_late()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.SupervisionResultsDisclosure, 4);
        b.Add(RecordKind.SupervisionResultsDisclosure, new DateOnly(2025, 5, 1), r => r with { ForPeriod = new DateOnly(2025, 4, 1) });

        var grade = Grading.Final(b);

        Assert.Equal(ObligationStatus.Late, grade.Cell("O11", "2025-04").Status);
        Assert.Equal(0m, grade.Item("20").Points);
    }

    [Fact]
    public void Item21_scores_zero_when_one_supervisor_misses_the_October_report()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.SupervisorDutyReport, 10, personId: SupervisorA);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("21").Points);
        Assert.Equal("不得分：监督员「王监督」10月缺少监督员履职汇报", grade.Item("21").Explanation);
        grade.AssertOthersFull("21");
    }

    [Fact]
    public void Item22_a_fourth_quarter_report_made_in_January_counts_as_late_in_the_final_score()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.LeaderDutyReport, 12);
        b.Add(RecordKind.LeaderDutyReport, new DateOnly(2026, 1, 5), null, Secretary, r => r with { ForPeriod = new DateOnly(2025, 12, 31) });

        var grade = Grading.Final(b);

        Assert.True(grade.IsFinal);
        Assert.Equal(ObligationStatus.Late, grade.Cell("O13", "2025-Q4").Status);
        Assert.Equal(0m, grade.Item("22").Points);
    }
}

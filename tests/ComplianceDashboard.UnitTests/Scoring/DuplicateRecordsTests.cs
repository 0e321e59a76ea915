using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>
/// Two records of a once-per-period duty in one period fulfil that period once: they neither add
/// points nor make up for another period's missing record.
/// </summary>
public class DuplicateRecordsTests
{
    [Fact]
    public void A_second_group_meeting_in_March_changes_no_score()
    {
        var once = Grading.Final(PerfectYear(2025));
        var twice = PerfectYear(2025);
        var extra = twice.Add(RecordKind.GroupMeeting, new DateOnly(2025, 3, 27), r => r with { PresentMemberIds = [Secretary, DisciplineMember, SupervisorA], MajorDecisionCount = 1 });

        var grade = Grading.Final(twice);

        Assert.Equal(once.Total, grade.Total);
        Assert.Equal(once.Items.Select(i => (i.Code, i.Points)), grade.Items.Select(i => (i.Code, i.Points)));
        var march = grade.Cell("O5", "2025-03");
        Assert.Equal(ObligationStatus.OnTime, march.Status);
        Assert.Equal(2, march.RecordIds.Count);
        Assert.Contains(extra.Id, march.RecordIds);
        Assert.Equal(12, grade.Calendar.Count(c => c.ObligationId == "O5" && c.Status == ObligationStatus.OnTime)); // twelve months, not thirteen
    }

    [Fact]
    public void Two_March_meetings_do_not_make_up_for_a_missing_April_meeting()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.GroupMeeting, 4);
        b.Add(RecordKind.GroupMeeting, new DateOnly(2025, 3, 27), r => r with { PresentMemberIds = [Secretary, DisciplineMember, SupervisorA], MajorDecisionCount = 1 });

        var item = Grading.Final(b).Item("13");

        Assert.Equal(0m, item.Points);
        Assert.Equal("不得分：4月缺少监督小组会议纪要", item.Explanation);
    }

    [Fact]
    public void PER_MISS_counts_missing_months_so_extra_disclosures_in_other_months_deduct_the_same()
    {
        var missing = PerfectYear(2025).RemoveMonth(RecordKind.MonthlyServiceDisclosure, 3).RemoveMonth(RecordKind.MonthlyServiceDisclosure, 7);
        var withExtras = PerfectYear(2025).RemoveMonth(RecordKind.MonthlyServiceDisclosure, 3).RemoveMonth(RecordKind.MonthlyServiceDisclosure, 7);
        withExtras.Add(RecordKind.MonthlyServiceDisclosure, new DateOnly(2025, 4, 2));
        withExtras.Add(RecordKind.MonthlyServiceDisclosure, new DateOnly(2025, 8, 2));
        withExtras.Add(RecordKind.MonthlyServiceDisclosure, new DateOnly(2025, 8, 28));

        var expected = Grading.Final(missing).Item("12a");
        var item = Grading.Final(withExtras).Item("12a");

        Assert.Equal(2m, expected.Points); // 6 − 2 × 2 missing months
        Assert.Equal(expected.Points, item.Points);
        Assert.Equal(expected.Explanation, item.Explanation);
    }

    [Fact]
    public void A_second_ledger_of_one_service_point_does_not_stand_in_for_the_other_point()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.DemandLedger, 5, servicePointId: PointB);
        b.Add(RecordKind.DemandLedger, new DateOnly(2025, 5, 28), PointA, ManagerA);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("9").Points);
        Assert.Equal(2, grade.Cell("O1", "2025-05", PointA).RecordIds.Count);
        Assert.Equal(ObligationStatus.Missing, grade.Cell("O1", "2025-05", PointB).Status);
    }
}

using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>Items 9–12b (服务效能).</summary>
public class ServiceItemsTests
{
    [Fact]
    public void Item9_scores_zero_when_one_service_point_misses_its_March_demand_ledger()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.DemandLedger, 3, servicePointId: PointB);

        var grade = Grading.Final(b);

        var item = grade.Item("9");
        Assert.Equal(0m, item.Points);
        Assert.Equal("不得分：站点「云服务站点」3月缺少需求台账", item.Explanation);
        var gap = Assert.Single(item.Gaps);
        Assert.Equal(("O1", "2025-03", (int?)PointB, 4m), (gap.ObligationId, gap.PeriodKey, gap.SubjectId, gap.PointsLost));
        grade.AssertOthersFull("9");
    }

    [Fact]
    public void Item10_a_late_handover_is_late_and_does_not_satisfy_the_item()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.LedgerHandover, 7, servicePointId: PointA);
        b.Add(RecordKind.LedgerHandover, new DateOnly(2025, 8, 3), PointA, SupervisorA, r => r with { ForPeriod = new DateOnly(2025, 7, 31) });

        var grade = Grading.Final(b);

        Assert.Equal(ObligationStatus.Late, grade.Cell("O2", "2025-07", PointA).Status);
        Assert.Equal(0m, grade.Item("10").Points);
        Assert.Contains("7月台账移交记录逾期补录", grade.Item("10").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("10");
    }

    [Fact]
    public void Item11_scores_zero_when_the_third_quarter_publicity_is_missing()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.Publicity, 9);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("11").Points);
        Assert.Equal("不得分：第三季度缺少用电宣传记录", grade.Item("11").Explanation);
        grade.AssertOthersFull("11");
    }

    [Fact]
    public void Item12a_deducts_2_per_missing_monthly_or_quarterly_disclosure()
    {
        var b = PerfectYear(2025)
            .RemoveMonth(RecordKind.MonthlyServiceDisclosure, 2)
            .RemoveMonth(RecordKind.QuarterlyServiceDisclosure, 6);

        var grade = Grading.Final(b);

        var item = grade.Item("12a");
        Assert.Equal(2m, item.Points);
        Assert.Equal(RuleKind.PerMiss, item.Rule);
        Assert.Equal(["O4M", "O4Q"], item.Gaps.Select(g => g.ObligationId));
        Assert.All(item.Gaps, g => Assert.Equal(2m, g.PointsLost));
        grade.AssertOthersFull("12a");
    }

    [Fact]
    public void Item12a_floors_at_zero_after_three_misses()
    {
        var b = PerfectYear(2025);
        foreach (var m in new[] { 1, 2, 4, 5 })
            b.RemoveMonth(RecordKind.MonthlyServiceDisclosure, m);

        var item = Grading.Final(b).Item("12a");

        Assert.Equal(0m, item.Points);
        Assert.Equal([2m, 2m, 2m, 0m], item.Gaps.Select(g => g.PointsLost));
    }

    [Fact]
    public void Item12b_scores_zero_when_a_planned_outage_notice_is_only_5_days_ahead()
    {
        var b = PerfectYear(2025);
        b.AddOutage(OutageType.Planned, new DateTime(2025, 9, 10, 8, 0, 0), new DateTime(2025, 9, 5, 8, 0, 0));

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("12b").Points);
        Assert.Contains("未提前7天", grade.Item("12b").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("12b");
    }

    [Fact]
    public void Item12b_a_planned_notice_exactly_7_days_ahead_is_on_time()
    {
        var b = PerfectYear(2025);
        b.AddOutage(OutageType.Planned, new DateTime(2025, 9, 10, 8, 0, 0), new DateTime(2025, 9, 3, 8, 0, 0));

        Assert.Equal(2m, Grading.Final(b).Item("12b").Points);
    }

    [Fact]
    public void Item12b_an_emergency_notice_within_24_hours_is_on_time_and_after_30_hours_is_not()
    {
        var onTime = PerfectYear(2025);
        onTime.AddOutage(OutageType.Emergency, new DateTime(2025, 9, 10, 8, 0, 0), new DateTime(2025, 9, 11, 7, 0, 0));
        var late = PerfectYear(2025);
        late.AddOutage(OutageType.Emergency, new DateTime(2025, 9, 10, 8, 0, 0), new DateTime(2025, 9, 11, 14, 0, 0));

        Assert.Equal(2m, Grading.Final(onTime).Item("12b").Points);
        Assert.Equal(0m, Grading.Final(late).Item("12b").Points);
    }
}

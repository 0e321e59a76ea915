using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>
/// Explanations name each period kind on its own: item 12a's 12 months and 4 quarters are never
/// "16个月", a per-point or per-supervisor duty says how many subjects and which periods, a half-year is a half-year.
/// </summary>
public class ExplanationPeriodKindsTests
{
    [Fact]
    public void Item12a_counts_months_and_quarters_apart_when_everything_is_on_time()
    {
        var item = Grading.Final(PerfectYear(2025)).Item("12a");

        Assert.Equal("全部12个月、4个季度按时完成", item.Explanation);
    }

    [Fact]
    public void Item12a_during_the_year_counts_due_and_pending_months_and_quarters_apart()
    {
        var b = PerfectYear(2025);

        Assert.Equal("已到期的4个月、1个季度均按时完成，另有8个月、3个季度未到期", Grading.AsOf(b, new DateOnly(2025, 5, 15)).Item("12a").Explanation);
        Assert.Equal("尚无到期事项（12个月、4个季度未到期）", Grading.AsOf(b, new DateOnly(2025, 1, 15)).Item("12a").Explanation);
    }

    [Fact]
    public void Item12a_names_a_missing_month_as_a_month_and_a_missing_quarter_as_a_quarter()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.MonthlyServiceDisclosure, 3).RemoveMonth(RecordKind.QuarterlyServiceDisclosure, 6);

        var item = Grading.Final(b).Item("12a");

        Assert.Equal("3月缺少月度服务公开记录，扣2分；第二季度缺少季度服务公开记录，扣2分", item.Explanation);
        Assert.Equal(["2025-03", "2025-Q2"], item.Gaps.Select(g => g.PeriodKey));
    }

    [Fact]
    public void A_per_point_monthly_duty_counts_points_and_months()
    {
        var grade = Grading.Final(PerfectYear(2025));

        Assert.Equal("全部2个站点共24个月按时完成", grade.Item("9").Explanation);
        Assert.Equal("已到期的2个站点共8个月均按时完成，另有2个站点共16个月未到期", Grading.AsOf(PerfectYear(2025), new DateOnly(2025, 5, 15)).Item("9").Explanation);
    }

    [Fact]
    public void Item6_counts_the_yearly_evaluations_as_years_of_supervisors()
    {
        var item = Grading.Final(PerfectYear(2025)).Item("6");

        Assert.Equal("全部2名监督员共2个年度按时完成；无应解聘未解聘的监督员", item.Explanation);
    }

    [Fact]
    public void Item6_names_a_missing_evaluation_by_its_year()
    {
        var b = PerfectYear(2025).Remove(r => r.Kind == RecordKind.SupervisorEvaluation && r.PersonId == SupervisorB);

        var item = Grading.Final(b).Item("6");

        Assert.Equal("不得分：监督员「赵监督」2025年缺少监督员考评记录", item.Explanation);
    }

    [Fact]
    public void Half_yearly_and_quarterly_items_name_their_own_period_kind()
    {
        var grade = Grading.Final(PerfectYear(2025));

        Assert.Equal("全部2个半年按时完成", grade.Item("17").Explanation);
        Assert.Equal("全部4个季度按时完成", grade.Item("16").Explanation);
        Assert.Equal("全部12个月按时完成", grade.Item("15").Explanation);
        Assert.Equal("不得分：下半年缺少岗位廉政风险辨识记录",
            Grading.Final(PerfectYear(2025).RemoveMonth(RecordKind.RiskIdentification, 12)).Item("17").Explanation);
    }

    [Fact]
    public void An_item_whose_duty_nobody_owes_this_year_says_so()
    {
        var b = PerfectYear(2025);
        b.Assignments.RemoveAll(a => a.Role == PostRole.Supervisor);
        b.Assign(SupervisorA, PostRole.Supervisor, PointA, new DateOnly(2025, 3, 15));

        // Appointed mid-year: owes monthly reports from April, but no yearly evaluation for 2025 (domain.md §3).
        var item = Grading.Final(b).Item("6");

        Assert.StartsWith("本年无应履行的事项", item.Explanation, StringComparison.Ordinal);
    }
}

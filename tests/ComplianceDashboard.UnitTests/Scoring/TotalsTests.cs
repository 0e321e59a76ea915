using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;

namespace ComplianceDashboard.UnitTests.Scoring;

public class TotalsTests
{
    [Fact]
    public void A_perfect_station_scores_100_base_and_grade_excellent()
    {
        var grade = Grading.Final(StationFactsBuilder.PerfectYear(2025));

        grade.AssertOthersFull();
        Assert.Equal(100m, grade.BaseScore);
        Assert.Equal(0m, grade.BonusScore);
        Assert.Equal(100m, grade.Total);
        Assert.Equal("Excellent", grade.Grade.Code);
        Assert.Equal("优秀（示范型）", grade.Grade.Label);
        Assert.True(grade.IsFinal);
        Assert.Equal(28, grade.Items.Count);
    }

    [Fact]
    public void A_perfect_and_recognised_station_adds_both_bonus_items_up_to_110()
    {
        var b = StationFactsBuilder.PerfectYear(2025);
        b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 9, 1), r => r with { RecognisedByVillagers = true, RecognisedByLeadership = true });
        b.Add(RecordKind.Innovation, new DateOnly(2025, 10, 1), r => r with { HasClearResults = true, PromotedCompanyWide = true });

        var grade = Grading.Final(b);

        Assert.Equal(100m, grade.BaseScore);
        Assert.Equal(10m, grade.BonusScore);
        Assert.Equal(110m, grade.Total);
    }

    [Fact]
    public void Every_item_of_a_perfect_station_explains_itself_in_Chinese()
    {
        var grade = Grading.Final(StationFactsBuilder.PerfectYear(2025));

        Assert.Equal("全部12个月按时完成", grade.Item("15").Explanation);
        Assert.StartsWith("全部12个月按时完成", grade.Item("13").Explanation, StringComparison.Ordinal);
        Assert.Equal("全部2个站点共24个月按时完成", grade.Item("9").Explanation);
        Assert.All(grade.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Explanation)));
        Assert.NotEmpty(grade.Item("15").RecordIds);
    }

    [Fact]
    public void A_total_of_exactly_90_is_excellent()
    {
        var b = StationFactsBuilder.PerfectYear(2025).RemoveMonth(RecordKind.SpecialInspection, 3);
        b.Add(RecordKind.Violation, new DateOnly(2025, 6, 1));

        var grade = Grading.Final(b);

        Assert.Equal(90m, grade.Total);
        Assert.Equal("Excellent", grade.Grade.Code);
    }

    [Theory]
    [InlineData(110, "Excellent")]
    [InlineData(90, "Excellent")]
    [InlineData(89.99, "Qualified")]
    [InlineData(60, "Qualified")]
    [InlineData(59.99, "Unqualified")]
    [InlineData(0, "Unqualified")]
    public void Grade_band_edges_are_90_and_60_inclusive(double score, string band)
    {
        Assert.Equal(band, Grading.QL2022.BandFor((decimal)score).Code);
    }

    [Fact]
    public void A_provisional_mid_year_score_counts_only_due_periods()
    {
        var b = StationFactsBuilder.PerfectYear(2025)
            .Remove(r => r.EventDate > new DateOnly(2025, 7, 15)); // nothing recorded after the day of computation

        var grade = Grading.AsOf(b, new DateOnly(2025, 7, 15));

        Assert.False(grade.IsFinal);
        Assert.Equal(100m, grade.BaseScore);
        Assert.Equal(ObligationStatus.OnTime, grade.Cell("O5", "2025-06").Status);
        Assert.Equal(ObligationStatus.Pending, grade.Cell("O5", "2025-07").Status);
        Assert.Equal(ObligationStatus.Pending, grade.Cell("O14", "2025", StationFactsBuilder.SupervisorA).Status);
        Assert.Equal(ObligationStatus.Pending, grade.Cell("O3", "2025-Q3").Status);
        Assert.Contains("已到期的6个月均按时完成", grade.Item("15").Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void A_provisional_score_deducts_a_due_month_that_is_missing()
    {
        var b = StationFactsBuilder.PerfectYear(2025).RemoveMonth(RecordKind.SpecialInspection, 6);

        var grade = Grading.AsOf(b, new DateOnly(2025, 7, 15));

        Assert.Equal(0m, grade.Item("15").Points);
        Assert.Equal(95m, grade.BaseScore);
        Assert.Equal("Excellent", grade.Grade.Code);
    }
}

public class PointsAtStakeTests
{
    [Fact]
    public void Points_at_stake_drop_to_zero_for_an_All_item_already_lost_and_to_the_remainder_for_PerMiss()
    {
        var b = StationFactsBuilder.PerfectYear(2025).RemoveMonth(RecordKind.GroupMeeting, 3);
        foreach (var m in new[] { 1, 2 })
            b.RemoveMonth(RecordKind.MonthlyServiceDisclosure, m);
        var scheme = Grading.QL2022;

        var grade = Grading.AsOf(b, new DateOnly(2025, 7, 15));

        Assert.Equal(0m, scheme.PointsAtStake("O5", grade));   // item 13 is already 0
        Assert.Equal(2m, scheme.PointsAtStake("O4M", grade));  // item 12a has 2 left
        Assert.Equal(5m, scheme.PointsAtStake("O7", grade));   // item 15 is still full
        Assert.Equal(3m, scheme.PointsAtStake("O5"));          // ignoring the station
    }
}

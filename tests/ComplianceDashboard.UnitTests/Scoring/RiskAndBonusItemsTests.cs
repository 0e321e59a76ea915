using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>Items 23–25 (风险防控, PerEvent) and 26, 28 (加分项, Bonus).</summary>
public class RiskAndBonusItemsTests
{
    [Fact]
    public void Item23_an_attributable_complaint_deducts_5_and_says_when()
    {
        var b = PerfectYear(2025);
        var complaint = b.Add(RecordKind.ServiceComplaint, new DateOnly(2025, 4, 3), PointA);

        var grade = Grading.Final(b);

        var item = grade.Item("23");
        Assert.Equal(0m, item.Points);
        Assert.Equal(RuleKind.PerEvent, item.Rule);
        Assert.Equal("2025-04-03 发生有责投诉1起，扣5分", item.Explanation);
        Assert.Equal([complaint.Id], item.RecordIds);
        Assert.Equal(95m, grade.BaseScore);
        grade.AssertOthersFull("23");
    }

    [Fact]
    public void Item23_a_non_attributable_rejected_or_last_year_complaint_deducts_nothing()
    {
        var b = PerfectYear(2025);
        b.Add(RecordKind.ServiceComplaint, new DateOnly(2025, 4, 3), r => r with { Attributable = false });
        b.Add(RecordKind.GridServiceIncident, new DateOnly(2025, 5, 3), r => r with { Rejected = true });
        b.Add(RecordKind.ServiceComplaint, new DateOnly(2024, 12, 30));

        var item = Grading.Final(b).Item("23");

        Assert.Equal(5m, item.Points);
        Assert.Equal("本年未发生扣分事件", item.Explanation);
    }

    [Fact]
    public void Item23_a_grid_service_incident_also_deducts()
    {
        var b = PerfectYear(2025);
        b.Add(RecordKind.GridServiceIncident, new DateOnly(2025, 8, 8));

        Assert.Equal(0m, Grading.Final(b).Item("23").Points);
    }

    [Fact]
    public void Item24_two_bypass_petitions_floor_at_zero()
    {
        var b = PerfectYear(2025);
        b.Add(RecordKind.BypassPetition, new DateOnly(2025, 2, 1));
        b.Add(RecordKind.BypassPetition, new DateOnly(2025, 9, 1));

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("24").Points);
        Assert.Equal([5m, 0m], grade.Item("24").Gaps.Select(g => g.PointsLost));
        Assert.Equal(95m, grade.BaseScore);
    }

    [Fact]
    public void Item25_a_violation_deducts_5_and_only_once_it_has_happened()
    {
        var b = PerfectYear(2025);
        b.Add(RecordKind.Violation, new DateOnly(2025, 10, 1));

        Assert.Equal(0m, Grading.Final(b).Item("25").Points);
        Assert.Equal(5m, Grading.AsOf(b, new DateOnly(2025, 9, 30)).Item("25").Points);
    }

    [Fact]
    public void Item26_needs_recognition_by_both_villagers_and_leadership()
    {
        var villagersOnly = PerfectYear(2025);
        villagersOnly.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 9, 1), r => r with { RecognisedByVillagers = true });
        var both = PerfectYear(2025);
        both.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 9, 1), r => r with { RecognisedByVillagers = true, RecognisedByLeadership = true });

        var none = Grading.Final(villagersOnly);
        var earned = Grading.Final(both);

        Assert.Equal(0m, none.Item("26").Points);
        Assert.Equal(0m, none.BonusScore);
        Assert.Equal(5m, earned.Item("26").Points);
        Assert.True(earned.Item("26").IsBonus);
        Assert.Equal(RuleKind.Bonus, earned.Item("26").Rule);
        Assert.Equal(105m, earned.Total);
    }

    [Fact]
    public void Item26_two_recognitions_recorded_separately_in_the_year_earn_the_bonus()
    {
        var b = PerfectYear(2025);
        var villagers = b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 4, 8), r => r with { RecognisedByVillagers = true });
        var leadership = b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 11, 20), r => r with { RecognisedByLeadership = true });

        var item = Grading.Final(b).Item("26");

        Assert.Equal(5m, item.Points);
        Assert.Equal("获得村民、村企及上级领导肯定，加5分", item.Explanation);
        Assert.Equal([villagers.Id, leadership.Id], item.RecordIds);
    }

    [Fact]
    public void Item26_one_record_with_both_recognitions_still_earns_the_bonus()
    {
        var b = PerfectYear(2025);
        var both = b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 6, 1), r => r with { RecognisedByVillagers = true, RecognisedByLeadership = true });

        var item = Grading.Final(b).Item("26");

        Assert.Equal(5m, item.Points);
        Assert.Equal([both.Id], item.RecordIds);
    }

    [Fact]
    public void Item26_two_recognitions_from_the_same_side_earn_nothing_and_say_what_is_missing()
    {
        var villagers = PerfectYear(2025);
        villagers.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 3, 1), r => r with { RecognisedByVillagers = true });
        villagers.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 9, 1), r => r with { RecognisedByVillagers = true });
        var leadership = PerfectYear(2025);
        leadership.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 5, 1), r => r with { RecognisedByLeadership = true });

        var onlyVillagers = Grading.Final(villagers).Item("26");
        var onlyLeadership = Grading.Final(leadership).Item("26");

        Assert.Equal(0m, onlyVillagers.Points);
        Assert.Equal("未加分：本年已获村民（村企）肯定，尚无上级领导肯定的记录", onlyVillagers.Explanation);
        Assert.Equal(0m, onlyLeadership.Points);
        Assert.Equal("未加分：本年已获上级领导肯定，尚无村民（村企）肯定的记录", onlyLeadership.Explanation);
        Assert.Equal(5m, Assert.Single(onlyLeadership.Gaps).PointsLost);
    }

    [Fact]
    public void Item26_recognitions_in_different_years_earn_the_bonus_in_neither()
    {
        var b = PerfectYear(2025);
        b.Add(RecordKind.VillagerRecognition, new DateOnly(2024, 12, 20), r => r with { RecognisedByVillagers = true });
        b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 1, 10), r => r with { RecognisedByLeadership = true });

        Assert.Equal(0m, Grading.Final(b).Item("26").Points);
        Assert.Equal(0m, RubricEngine.Grade(Grading.QL2022, b.Build(), 2024, new DateOnly(2025, 1, 15)).Item("26").Points);
    }

    [Fact]
    public void Item26_a_recognition_dated_after_the_day_of_computation_does_not_count_yet()
    {
        var b = PerfectYear(2025);
        b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 4, 8), r => r with { RecognisedByVillagers = true });
        b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 10, 8), r => r with { RecognisedByLeadership = true });

        Assert.Equal(0m, Grading.AsOf(b, new DateOnly(2025, 9, 30)).Item("26").Points);
        Assert.Equal(5m, Grading.AsOf(b, new DateOnly(2025, 10, 8)).Item("26").Points);
    }

    [Fact]
    public void Item28_needs_an_innovation_with_clear_results_that_was_promoted_company_wide()
    {
        var notPromoted = PerfectYear(2025);
        notPromoted.Add(RecordKind.Innovation, new DateOnly(2025, 9, 1), r => r with { HasClearResults = true });
        var promoted = PerfectYear(2025);
        promoted.Add(RecordKind.Innovation, new DateOnly(2025, 9, 1), r => r with { HasClearResults = true, PromotedCompanyWide = true });

        Assert.Equal(0m, Grading.Final(notPromoted).Item("28").Points);
        Assert.Equal(5m, Grading.Final(promoted).Item("28").Points);
        Assert.Equal(105m, Grading.Final(promoted).Total);
    }

    [Fact]
    public void A_bonus_lifts_a_qualified_station_into_excellent()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.SpecialInspection, 2).RemoveMonth(RecordKind.FourWindsInspection, 3).RemoveMonth(RecordKind.GroupMeeting, 4);
        b.Add(RecordKind.VillagerRecognition, new DateOnly(2025, 9, 1), r => r with { RecognisedByVillagers = true, RecognisedByLeadership = true });

        var grade = Grading.Final(b);

        Assert.Equal(88m, grade.BaseScore);
        Assert.Equal(93m, grade.Total);
        Assert.Equal("Excellent", grade.Grade.Code);
    }

    [Fact]
    public void A_station_below_60_is_unqualified()
    {
        var b = PerfectYear(2025);
        foreach (var kind in new[] { RecordKind.SpecialInspection, RecordKind.GroupMeeting, RecordKind.SupervisionResultsDisclosure, RecordKind.DemandLedger, RecordKind.LedgerHandover, RecordKind.SupervisorDutyReport })
            b.RemoveMonth(kind, 6);
        foreach (var kind in new[] { RecordKind.Publicity, RecordKind.FourWindsInspection, RecordKind.CustomerVisit, RecordKind.LeaderDutyReport })
            b.RemoveMonth(kind, 6);
        b.Add(RecordKind.Violation, new DateOnly(2025, 3, 3));

        var grade = Grading.Final(b);

        // lost: 15(5)+13(3)+20(3)+9(4)+10(4)+21(4)+11(4)+16(4)+18(3)+22(4) = 38, 12a unaffected, 25: 5 → 57
        Assert.Equal(57m, grade.Total);
        Assert.Equal("Unqualified", grade.Grade.Code);
        Assert.Equal("不合格", grade.Grade.Label);
    }
}

using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>Items 1–8 (组织建设).</summary>
public class OrganisationItemsTests
{
    [Fact]
    public void Item1_scores_zero_when_a_service_point_has_no_venue()
    {
        var b = PerfectYear(2025);
        b.ServicePoints[0] = b.ServicePoints[0] with { Venue = null };

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("1").Points);
        Assert.Contains("后陈村站点", grade.Item("1").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("1");
    }

    [Fact]
    public void Item1_scores_zero_when_the_station_has_no_active_service_point()
    {
        var b = PerfectYear(2025);
        b.ServicePoints.Clear();

        Assert.Equal(0m, Grading.Final(b).Item("1").Points);
    }

    [Fact]
    public void Item1_accepts_a_cloud_service_point()
    {
        var grade = Grading.Final(PerfectYear(2025)); // point B is a cloud point

        Assert.Equal(4m, grade.Item("1").Points);
    }

    [Fact]
    public void Item2_scores_zero_when_a_service_point_offers_no_bill_payment()
    {
        var b = PerfectYear(2025);
        b.ServicePoints[1] = b.ServicePoints[1] with { OffersBillPayment = false };

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("2").Points);
        Assert.Contains("电费缴纳", grade.Item("2").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("2");
    }

    [Fact]
    public void Item3_scores_zero_when_brochures_are_missing_but_not_for_an_optional_facility()
    {
        var missingBrochures = PerfectYear(2025);
        missingBrochures.ServicePoints[0] = missingBrochures.ServicePoints[0] with
        {
            Facilities = new HashSet<FacilityKind> { FacilityKind.DoorPlate, FacilityKind.ManagerCards, FacilityKind.DeskAndChairs, FacilityKind.SmartTerminal },
        };

        var grade = Grading.Final(missingBrochures);

        Assert.Equal(0m, grade.Item("3").Points);
        Assert.Contains("宣传折页", grade.Item("3").Gaps[0].Description, StringComparison.Ordinal);
        Assert.Equal(2m, grade.Item("3").Gaps[0].PointsLost);
        grade.AssertOthersFull("3");
        Assert.Equal(2m, Grading.Final(PerfectYear(2025)).Item("3").Points); // no optional 医药箱 etc. needed
    }

    [Fact]
    public void Item4_deducts_3_for_a_service_point_without_a_customer_manager()
    {
        var b = PerfectYear(2025);
        b.Assignments.RemoveAll(a => a.Id == 2);

        var grade = Grading.Final(b);

        Assert.Equal(3m, grade.Item("4").Points);
        var gap = Assert.Single(grade.Item("4").Gaps);
        Assert.Equal(3m, gap.PointsLost);
        Assert.Equal(PointB, gap.SubjectId);
        grade.AssertOthersFull("4");
    }

    [Fact]
    public void Item4_floors_at_zero_when_three_posts_are_empty()
    {
        var b = PerfectYear(2025);
        b.Assignments.RemoveAll(a => a.Id is 1 or 2 or 4);

        var item = Grading.Final(b).Item("4");

        Assert.Equal(0m, item.Points);
        Assert.Equal([3m, 3m, 0m], item.Gaps.Select(g => g.PointsLost));
    }

    [Fact]
    public void Item4_is_judged_on_the_day_of_computation_for_a_provisional_score()
    {
        var b = PerfectYear(2025).EndAssignment(2, new DateOnly(2025, 3, 31), VacancyReason.Left);

        Assert.Equal(6m, Grading.AsOf(b, new DateOnly(2025, 3, 31)).Item("4").Points);
        Assert.Equal(3m, Grading.AsOf(b, new DateOnly(2025, 4, 1)).Item("4").Points);
    }

    [Fact]
    public void Item5_scores_zero_when_an_appointment_has_no_document_number()
    {
        var b = PerfectYear(2025);
        b.Appointments[0] = b.Appointments[0] with { DocumentNo = null };

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("5").Points);
        grade.AssertOthersFull("5");
    }

    [Fact]
    public void Item5_scores_zero_for_a_third_consecutive_term()
    {
        var b = PerfectYear(2025);
        b.Appointments[1] = b.Appointments[1] with { ConsecutiveTerm = 3 };

        Assert.Equal(0m, Grading.Final(b).Item("5").Points);
    }

    [Fact]
    public void Item5_scores_zero_for_a_term_longer_than_two_years()
    {
        var b = PerfectYear(2025);
        b.Appointments[0] = b.Appointments[0] with { TermEnd = new DateOnly(2027, 6, 30) };

        Assert.Equal(0m, Grading.Final(b).Item("5").Points);
    }

    [Fact]
    public void Item5_scores_zero_when_a_supervisor_served_before_approval()
    {
        var b = PerfectYear(2025);
        b.Appointments[0] = b.Appointments[0] with { ApprovedOn = new DateOnly(2025, 3, 1) };

        var item = Grading.Final(b).Item("5");

        Assert.Equal(0m, item.Points);
        Assert.Contains("自2025-01-01起无有效聘任", item.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Item6_scores_zero_when_a_supervisor_has_no_yearly_evaluation()
    {
        var b = PerfectYear(2025).Remove(r => r.Kind == RecordKind.SupervisorEvaluation && r.PersonId == SupervisorB);

        var grade = Grading.Final(b);

        Assert.Equal(0m, grade.Item("6").Points);
        Assert.Equal("O14", grade.Item("6").Gaps[0].ObligationId);
        grade.AssertOthersFull("6");
    }

    [Fact]
    public void Item6_fails_when_six_months_of_inactivity_are_not_followed_by_dismissal_within_a_month()
    {
        var b = PerfectYear(2025).Remove(r => r.PersonId == SupervisorB && r.EventDate.Month is >= 2 and <= 7);

        var grade = Grading.Final(b);

        var item = grade.Item("6");
        Assert.Equal(0m, item.Points);
        Assert.Contains(item.Gaps, g => g.Description.Contains("2025-07-31出现连续6个月未履职，未在2025-08-31前解聘", StringComparison.Ordinal));
        grade.AssertOthersFull("6", "10", "21"); // the same missing handovers and reports
    }

    [Fact]
    public void Item6_holds_when_the_inactive_supervisor_is_dismissed_within_a_month()
    {
        var b = PerfectYear(2025).Remove(r => r.PersonId == SupervisorB && r.EventDate.Month >= 2);
        b.EndAssignment(4, new DateOnly(2025, 8, 20), VacancyReason.Dismissed);
        b.Assign(SupervisorC, PostRole.Supervisor, PointB, new DateOnly(2025, 8, 25));
        b.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 12, 20), null, SupervisorC);

        Assert.Equal(3m, Grading.Final(b).Item("6").Points);
    }

    [Fact]
    public void Item6_five_inactive_months_are_not_a_dismissal_ground()
    {
        var b = PerfectYear(2025).Remove(r => r.PersonId == SupervisorB && r.EventDate.Month is >= 2 and <= 6);

        Assert.Equal(3m, Grading.Final(b).Item("6").Points);
    }

    [Fact]
    public void Item6_fails_for_a_recorded_sanction_without_dismissal_and_holds_when_dismissed_in_time()
    {
        var undismissed = PerfectYear(2025);
        undismissed.Dismissals.Add(new DismissalCaseFact(1, SupervisorA, DismissalGround.Sanction, new DateOnly(2025, 3, 1), null));
        var dismissed = PerfectYear(2025);
        dismissed.Dismissals.Add(new DismissalCaseFact(1, SupervisorA, DismissalGround.Sanction, new DateOnly(2025, 3, 1), new DateOnly(2025, 3, 20)));

        Assert.Equal(0m, Grading.Final(undismissed).Item("6").Points);
        Assert.Equal(3m, Grading.Final(dismissed).Item("6").Points);
    }

    [Fact]
    public void Item7_costs_nothing_when_a_vacancy_is_filled_on_the_same_day_a_month_later()
    {
        var b = PerfectYear(2025).EndAssignment(2, new DateOnly(2025, 5, 10), VacancyReason.Left);
        b.Assign(ManagerA, PostRole.CustomerManager, PointB, new DateOnly(2025, 6, 10));

        Assert.Equal(4m, Grading.Final(b).Item("7").Points);
    }

    [Fact]
    public void Item7_costs_2_when_a_vacancy_is_filled_after_one_month()
    {
        var b = PerfectYear(2025).EndAssignment(2, new DateOnly(2025, 5, 10), VacancyReason.Left);
        b.Assign(ManagerA, PostRole.CustomerManager, PointB, new DateOnly(2025, 6, 11));

        var grade = Grading.Final(b);

        Assert.Equal(2m, grade.Item("7").Points);
        Assert.Equal(2m, Assert.Single(grade.Item("7").Gaps).PointsLost);
        grade.AssertOthersFull("7");
    }

    [Fact]
    public void Item7_an_open_vacancy_is_not_a_miss_before_its_deadline()
    {
        var b = PerfectYear(2025).EndAssignment(2, new DateOnly(2025, 7, 10), VacancyReason.Dismissed);

        Assert.Equal(4m, Grading.AsOf(b, new DateOnly(2025, 7, 15)).Item("7").Points);
        Assert.Equal(4m, Grading.AsOf(b, new DateOnly(2025, 8, 10)).Item("7").Points); // deadline day
        Assert.Equal(2m, Grading.AsOf(b, new DateOnly(2025, 8, 11)).Item("7").Points);
    }

    [Fact]
    public void Item7_counts_a_vacancy_in_the_year_its_deadline_falls_in()
    {
        var b = PerfectYear(2025).EndAssignment(2, new DateOnly(2025, 12, 15), VacancyReason.TermEnded);

        Assert.Equal(4m, Grading.Final(b).Item("7").Points); // deadline 2026-01-15 belongs to 2026
    }

    [Fact]
    public void Item7_no_vacancy_when_the_service_point_closes()
    {
        var b = PerfectYear(2025).EndAssignment(2, new DateOnly(2025, 5, 10), VacancyReason.Left);
        b.ServicePoints[1] = b.ServicePoints[1] with { ClosedOn = new DateOnly(2025, 5, 10) };

        Assert.Equal(4m, Grading.Final(b).Item("7").Points);
    }

    [Fact]
    public void Item8_deducts_2_per_missing_responsibility_list()
    {
        var noSupervisorList = PerfectYear(2025);
        noSupervisorList.ResponsibilityLists.RemoveAll(l => l.Role == PostRole.Supervisor);
        var none = PerfectYear(2025);
        none.ResponsibilityLists.Clear();

        var grade = Grading.Final(noSupervisorList);

        Assert.Equal(2m, grade.Item("8").Points);
        Assert.Contains("站点廉政监督员工作责任清单", grade.Item("8").Explanation, StringComparison.Ordinal);
        grade.AssertOthersFull("8");
        Assert.Equal(0m, Grading.Final(none).Item("8").Points);
    }

    [Fact]
    public void Item8_a_list_issued_after_the_judging_date_does_not_count_yet()
    {
        var b = PerfectYear(2025);
        b.ResponsibilityLists[0] = b.ResponsibilityLists[0] with { IssuedOn = new DateOnly(2025, 9, 1) };

        Assert.Equal(2m, Grading.AsOf(b, new DateOnly(2025, 7, 15)).Item("8").Points);
        Assert.Equal(4m, Grading.Final(b).Item("8").Points);
    }
}

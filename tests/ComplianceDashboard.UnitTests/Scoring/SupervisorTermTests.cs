using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Scoring;

/// <summary>
/// An expired, unrenewed supervisor term ends the post by itself (domain.md §2), even when nobody wrote the end into
/// the assignment: the post is vacant from the day after the term's last day, and items 4 and 7 see the vacancy
///. Supervisor A's only term runs 2023-07-01 … 2025-06-30; assignment 3 stays open in the data.
/// </summary>
public class SupervisorTermTests
{
    private static StationFactsBuilder ExpiringMidYear() =>
        PerfectYear(2025).Term(SupervisorA, new DateOnly(2023, 7, 1), new DateOnly(2025, 6, 30));

    [Fact]
    public void Item4_sees_the_post_vacant_at_year_end_once_the_term_ran_out()
    {
        var grade = Grading.Final(ExpiringMidYear());

        var item = grade.Item("4");
        Assert.Equal(3m, item.Points);
        Assert.Equal("站点「后陈村站点」2025-12-31未配置站点廉政监督员，扣3分", item.Explanation);
    }

    [Fact]
    public void Item7_counts_the_term_end_as_a_vacancy_not_refilled_within_a_month()
    {
        var grade = Grading.Final(ExpiringMidYear());

        var item = grade.Item("7");
        Assert.Equal(2m, item.Points);
        Assert.Equal("站点「后陈村站点」站点廉政监督员自2025-07-01空缺，未在2025-07-30前补充，扣2分", item.Explanation);
        grade.AssertOthersFull("4", "7");
    }

    [Fact]
    public void A_successor_within_a_month_fills_the_vacancy_for_items_4_and_7()
    {
        var b = ExpiringMidYear().Assign(SupervisorC, PostRole.Supervisor, PointA, new DateOnly(2025, 7, 20));
        b.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 12, 20), null, SupervisorC);
        foreach (var month in new[] { 8, 9, 10, 11, 12 })
            b.Add(RecordKind.SupervisorDutyReport, new DateOnly(2025, month, 20), null, SupervisorC);

        var grade = Grading.Final(b);

        Assert.Equal(6m, grade.Item("4").Points);
        Assert.Equal(4m, grade.Item("7").Points);
        grade.AssertOthersFull();
    }

    [Fact]
    public void An_approved_renewal_keeps_the_post()
    {
        var b = ExpiringMidYear().AddTerm(SupervisorA, new DateOnly(2025, 7, 1), new DateOnly(2027, 6, 30), consecutive: 2);

        var grade = Grading.Final(b);

        Assert.Equal(6m, grade.Item("4").Points);
        Assert.Equal(4m, grade.Item("7").Points);
        grade.AssertOthersFull();
    }

    [Fact]
    public void The_vacancy_starts_the_day_after_the_term_end_as_of_the_day_of_computation()
    {
        var b = ExpiringMidYear();

        Assert.Equal(6m, Grading.AsOf(b, new DateOnly(2025, 6, 30)).Item("4").Points);
        Assert.Equal("站点「后陈村站点」2025-07-01未配置站点廉政监督员，扣3分", Grading.AsOf(b, new DateOnly(2025, 7, 1)).Item("4").Explanation);
        Assert.Equal(4m, Grading.AsOf(b, new DateOnly(2025, 7, 30)).Item("7").Points); // refill deadline not passed yet
        Assert.Equal(2m, Grading.AsOf(b, new DateOnly(2025, 7, 31)).Item("7").Points);
    }

    [Fact]
    public void After_the_term_the_supervisor_owes_no_reports_and_no_evaluation_and_item5_sees_no_unappointed_service()
    {
        var b = ExpiringMidYear().Remove(r => r.PersonId == SupervisorA && r.EventDate.Month > 6 && r.Kind is RecordKind.SupervisorDutyReport or RecordKind.SupervisorEvaluation);

        var grade = Grading.Final(b);

        Assert.Equal(ObligationStatus.NotApplicable, grade.Cell("O12", "2025-07", SupervisorA).Status);
        Assert.Equal(ObligationStatus.OnTime, grade.Cell("O12", "2025-06", SupervisorA).Status);
        Assert.Equal(ObligationStatus.NotApplicable, grade.Cell("O14", "2025", SupervisorA).Status);
        Assert.Equal(3m, grade.Item("5").Points);
        Assert.Equal(4m, grade.Item("21").Points);
    }

    [Fact]
    public void An_assignment_already_ended_before_the_term_end_keeps_its_own_end_and_reason()
    {
        var b = ExpiringMidYear().EndAssignment(3, new DateOnly(2025, 3, 31), VacancyReason.Left)
            .Assign(SupervisorC, PostRole.Supervisor, PointA, new DateOnly(2025, 4, 10));
        b.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 12, 20), null, SupervisorC);
        foreach (var month in new[] { 5, 6, 7, 8, 9, 10, 11, 12 })
            b.Add(RecordKind.SupervisorDutyReport, new DateOnly(2025, month, 20), null, SupervisorC);

        var facts = SupervisorTerms.Apply(b.Build(), new DateOnly(2026, 1, 15));

        var ended = facts.Assignments.Single(a => a.Id == 3);
        Assert.Equal(new DateOnly(2025, 3, 31), ended.To);
        Assert.Equal(VacancyReason.Left, ended.EndReason);
        Assert.Equal(4m, Grading.Final(b).Item("7").Points);
    }

    [Fact]
    public void A_pending_appointment_is_no_renewal()
    {
        var b = ExpiringMidYear();
        b.Appointments.Add(new SupervisorAppointmentFact(99, SupervisorA, null, null, new DateOnly(2025, 7, 1), new DateOnly(2027, 6, 30), 2));

        Assert.Equal(3m, Grading.Final(b).Item("4").Points);
    }
}

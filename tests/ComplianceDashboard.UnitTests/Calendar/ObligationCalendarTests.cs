using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.UnitTests.Builders;
using static ComplianceDashboard.UnitTests.Builders.StationFactsBuilder;

namespace ComplianceDashboard.UnitTests.Calendar;

public class ObligationCalendarTests
{
    private static IReadOnlyList<ObligationPeriod> Calendar(StationFactsBuilder b, DateOnly asOf) =>
        ObligationCalendar.Build(Grading.QL2022, b.Build(), b.Year, asOf);

    private static ObligationStatus Status(IReadOnlyList<ObligationPeriod> cal, string id, string key, int? subject = null) =>
        cal.Single(c => c.ObligationId == id && c.Period.Key == key && c.SubjectId == subject).Status;

    [Fact]
    public void The_calendar_has_every_obligation_period_and_subject_of_the_year()
    {
        var cal = Calendar(PerfectYear(2025), new DateOnly(2026, 1, 10));

        Assert.Equal(12 * 2, cal.Count(c => c.ObligationId == "O1"));      // per service point
        Assert.Equal(4, cal.Count(c => c.ObligationId == "O3"));
        Assert.Equal(2, cal.Count(c => c.ObligationId == "O9"));
        Assert.Equal(2, cal.Count(c => c.ObligationId == "O14"));          // per supervisor
        Assert.All(cal, c => Assert.Equal(ObligationStatus.OnTime, c.Status));
        Assert.Equal(new DateOnly(2025, 6, 30), cal.First(c => c.ObligationId == "O9").DueDate);
    }

    [Fact]
    public void A_record_on_31_March_satisfies_the_first_quarter_and_one_on_1_April_the_second()
    {
        var b = PerfectYear(2025).Remove(r => r.Kind == RecordKind.Publicity && r.EventDate.Month is 3 or 6);
        b.Add(RecordKind.Publicity, new DateOnly(2025, 3, 31));
        b.Add(RecordKind.Publicity, new DateOnly(2025, 4, 1));

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O3", "2025-Q1"));
        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O3", "2025-Q2"));
    }

    [Fact]
    public void A_record_on_1_April_does_not_satisfy_the_first_quarter()
    {
        var b = PerfectYear(2025).Remove(r => r.Kind == RecordKind.Publicity && r.EventDate.Month == 3);
        b.Add(RecordKind.Publicity, new DateOnly(2025, 4, 1));

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        Assert.Equal(ObligationStatus.Missing, Status(cal, "O3", "2025-Q1"));
    }

    [Fact]
    public void A_record_on_30_June_satisfies_the_first_half_year_and_one_on_1_July_the_second()
    {
        var b = PerfectYear(2025).Remove(r => r.Kind == RecordKind.RiskIdentification);
        b.Add(RecordKind.RiskIdentification, new DateOnly(2025, 6, 30));
        b.Add(RecordKind.RiskIdentification, new DateOnly(2025, 7, 1));

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O9", "2025-H1"));
        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O9", "2025-H2"));
        Assert.Equal(new DateOnly(2025, 12, 31), cal.Single(c => c.ObligationId == "O9" && c.Period.Key == "2025-H2").DueDate);
    }

    [Fact]
    public void A_monthly_record_on_29_February_of_a_leap_year_satisfies_February()
    {
        var b = PerfectYear(2024).RemoveMonth(RecordKind.GroupMeeting, 2);
        b.Add(RecordKind.GroupMeeting, new DateOnly(2024, 2, 29), r => r with { PresentMemberIds = [Secretary, SupervisorA] });

        var grade = Grading.Final(b);

        var cell = grade.Cell("O5", "2024-02");
        Assert.Equal(ObligationStatus.OnTime, cell.Status);
        Assert.Equal(new DateOnly(2024, 2, 29), cell.DueDate);
        Assert.Equal(3m, grade.Item("13").Points);
    }

    [Fact]
    public void A_record_dated_after_the_due_date_for_an_earlier_period_is_late()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.SpecialInspection, 3);
        var late = b.Add(RecordKind.SpecialInspection, new DateOnly(2025, 4, 2), r => r with { ForPeriod = new DateOnly(2025, 3, 1) });

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        var cell = cal.Single(c => c.ObligationId == "O7" && c.Period.Key == "2025-03");
        Assert.Equal(ObligationStatus.Late, cell.Status);
        Assert.Equal([late.Id], cell.RecordIds);
        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O7", "2025-04")); // the April record still counts for April
    }

    [Fact]
    public void A_period_due_today_is_pending_and_missing_from_the_next_day()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.SpecialInspection, 3);

        Assert.Equal(ObligationStatus.Pending, Status(Calendar(b, new DateOnly(2025, 3, 31)), "O7", "2025-03"));
        Assert.Equal(ObligationStatus.Missing, Status(Calendar(b, new DateOnly(2025, 4, 1)), "O7", "2025-03"));
    }

    [Fact]
    public void A_record_made_before_the_due_date_is_on_time_even_while_the_period_runs()
    {
        var cal = Calendar(PerfectYear(2025), new DateOnly(2025, 3, 25));

        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O7", "2025-03"));   // dated 20 March
        Assert.Equal(ObligationStatus.Pending, Status(cal, "O7", "2025-04"));  // 20 April is after asOf
    }

    [Fact]
    public void A_rejected_record_never_counts()
    {
        var b = PerfectYear(2025).Map(RecordKind.CustomerVisit, r => r.EventDate.Month == 6 ? r with { Rejected = true } : r);

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        Assert.Equal(ObligationStatus.Missing, Status(cal, "O10", "2025-Q2"));
        Assert.Empty(cal.Single(c => c.ObligationId == "O10" && c.Period.Key == "2025-Q2").RecordIds);
    }

    [Fact]
    public void Per_service_point_duties_match_records_by_service_point()
    {
        var b = PerfectYear(2025).RemoveMonth(RecordKind.DemandLedger, 5, servicePointId: PointB);

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O1", "2025-05", PointA));
        Assert.Equal(ObligationStatus.Missing, Status(cal, "O1", "2025-05", PointB));
    }

    [Fact]
    public void A_service_point_opened_mid_period_owes_from_the_next_period()
    {
        var b = PerfectYear(2025);
        b.ServicePoints[1] = b.ServicePoints[1] with { OpenedOn = new DateOnly(2025, 3, 10) };
        b.Remove(r => r.ServicePointId == PointB && r.EventDate.Month <= 3);

        var cal = Calendar(b, new DateOnly(2026, 1, 10));

        Assert.Equal(ObligationStatus.NotApplicable, Status(cal, "O1", "2025-03", PointB));
        Assert.Equal(ObligationStatus.OnTime, Status(cal, "O1", "2025-04", PointB));
    }

    [Fact]
    public void A_supervisor_replaced_mid_year_owes_only_the_periods_served()
    {
        var b = PerfectYear(2025).EndAssignment(3, new DateOnly(2025, 4, 15), VacancyReason.Left);
        b.Assign(SupervisorC, PostRole.Supervisor, PointA, new DateOnly(2025, 4, 16));
        b.Map(RecordKind.LedgerHandover, r => r.PersonId == SupervisorA && r.EventDate.Month >= 4 ? r with { PersonId = SupervisorC } : r);
        b.Remove(r => r.PersonId == SupervisorA && r.EventDate.Month >= 4);
        for (var m = 5; m <= 12; m++)
            b.Add(RecordKind.SupervisorDutyReport, new DateOnly(2025, m, 20), null, SupervisorC);
        b.Add(RecordKind.SupervisorEvaluation, new DateOnly(2025, 12, 20), null, SupervisorC);

        var grade = Grading.Final(b);

        Assert.Equal(ObligationStatus.OnTime, grade.Cell("O12", "2025-03", SupervisorA).Status);
        Assert.Equal(ObligationStatus.NotApplicable, grade.Cell("O12", "2025-04", SupervisorA).Status); // left before due
        Assert.Equal(ObligationStatus.NotApplicable, grade.Cell("O12", "2025-04", SupervisorC).Status); // appointed mid-month
        Assert.Equal(ObligationStatus.OnTime, grade.Cell("O12", "2025-05", SupervisorC).Status);
        Assert.Equal(ObligationStatus.NotApplicable, grade.Cell("O14", "2025", SupervisorA).Status);
        Assert.Equal(4m, grade.Item("21").Points);
        Assert.Equal(3m, grade.Item("6").Points);
        grade.AssertOthersFull();
    }
}

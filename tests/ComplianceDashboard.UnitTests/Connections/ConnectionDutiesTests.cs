using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.UnitTests.Connections;

public class ConnectionDutiesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_plan_is_due_on_the_3rd_and_the_results_on_the_10th_of_the_next_month()
    {
        Assert.Equal(D(2026, 10, 3), ConnectionDuties.DueDate(ConnectionDutyKind.CallBackPlan, 2026, 10));
        Assert.Equal(D(2027, 1, 10), ConnectionDuties.DueDate(ConnectionDutyKind.CallBackResults, 2026, 12));
    }

    [Fact]
    public void On_time_late_missing_and_pending()
    {
        var records = new[]
        {
            new ConnectionDutyFact(1, ConnectionDutyKind.CallBackPlan, 2026, 9, D(2026, 9, 2)),
            new ConnectionDutyFact(2, ConnectionDutyKind.CallBackPlan, 2026, 10, D(2026, 10, 8)),
            new ConnectionDutyFact(3, ConnectionDutyKind.CallBackResults, 2026, 9, D(2026, 10, 10)),
        };
        var cells = ConnectionDuties.ForStation(2026, records, D(2026, 11, 5));
        ObligationStatus S(string id, int month) => cells.Single(c => c.ObligationId == id && c.Period.Start.Month == month).Status;
        Assert.Equal(24, cells.Count);
        Assert.Equal(ObligationStatus.OnTime, S("YK1", 9));
        Assert.Equal(ObligationStatus.Late, S("YK1", 10));
        Assert.Equal(ObligationStatus.Missing, S("YK1", 11));  // due 3 Nov, today 5 Nov
        Assert.Equal(ObligationStatus.Pending, S("YK1", 12));
        Assert.Equal(ObligationStatus.OnTime, S("YK2", 9));
        Assert.Equal(ObligationStatus.Pending, S("YK2", 10));  // due 10 Nov
        Assert.Equal(ObligationStatus.Missing, S("YK2", 8));
    }

    [Fact]
    public void Fridays_that_are_holidays_are_not_owed_and_a_friday_without_minutes_is_missing()
    {
        // Fridays of October 2026: 2 (国庆, off), 9, 16, 23, 30.
        var fridays = ConnectionDuties.Fridays(D(2026, 10, 1), D(2026, 10, 31), [(5, D(2026, 10, 9)), (6, D(2026, 10, 22))], WorkingDayCalendar.Default, D(2026, 10, 30));
        Assert.Equal([D(2026, 10, 9), D(2026, 10, 16), D(2026, 10, 23), D(2026, 10, 30)], fridays.Select(f => f.Friday));
        Assert.Equal([ObligationStatus.OnTime, ObligationStatus.Missing, ObligationStatus.OnTime, ObligationStatus.Pending], fridays.Select(f => f.Status));
        Assert.Equal(6, fridays[2].MeetingId);
    }
}

using ComplianceDashboard.Domain.Calendar;

namespace ComplianceDashboard.UnitTests.Supervision;

public class WorkingDayCalendarTests
{
    [Fact]
    public void Five_working_days_from_a_Friday_end_on_the_next_Friday()
    {
        var friday = new DateOnly(2026, 11, 13);
        Assert.Equal(new DateOnly(2026, 11, 20), WorkingDayCalendar.WeekendsOnly.AddWorkingDays(friday, 5));
    }

    [Fact]
    public void The_day_of_receipt_is_not_counted_even_on_a_working_day()
    {
        var monday = new DateOnly(2026, 11, 16);
        Assert.Equal(new DateOnly(2026, 11, 17), WorkingDayCalendar.WeekendsOnly.AddWorkingDays(monday, 1));
    }

    [Fact]
    public void A_listed_holiday_is_skipped_like_a_weekend()
    {
        // 2026-10-01 is a Thursday; with 1–7 October off, 3 working days from 30 September end on 12 October.
        var holidays = Enumerable.Range(1, 7).Select(d => new HolidayDay(new DateOnly(2026, 10, d), HolidayKind.DayOff, "国庆节"));
        var calendar = new WorkingDayCalendar(holidays);
        Assert.False(calendar.IsWorkingDay(new DateOnly(2026, 10, 5)));
        Assert.Equal(new DateOnly(2026, 10, 12), calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
    }

    [Fact]
    public void Working_days_between_count_the_end_but_not_the_start()
    {
        var calendar = WorkingDayCalendar.WeekendsOnly;
        Assert.Equal(5, calendar.WorkingDaysBetween(new DateOnly(2026, 11, 13), new DateOnly(2026, 11, 20)));
        Assert.Equal(0, calendar.WorkingDaysBetween(new DateOnly(2026, 11, 20), new DateOnly(2026, 11, 20)));
    }

    [Fact]
    public void The_national_calendar_counts_a_make_up_Saturday()
    {
        // 2026: 1–7 October off, Saturday 10 October a make-up working day (国办 notice): a 信访 case received on
        // 30 September is to be accepted within 3 working days by 10 October, not 12 October.
        var calendar = WorkingDayCalendar.Default;
        Assert.True(calendar.IsWorkingDay(new DateOnly(2026, 10, 10)));
        Assert.Equal(new DateOnly(2026, 10, 10), calendar.AddWorkingDays(new DateOnly(2026, 9, 30), 3));
    }
}

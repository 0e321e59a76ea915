using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.UnitTests.Connections;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Cal = WorkingDayCalendar.Default;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void The_domain_example_a_residential_scheme_reply_received_29_September_2026_is_due_9_October()
    {
        Assert.Equal(D(2026, 10, 9), Cal.AddWorkingDays(D(2026, 9, 29), 3));
        var limit = StageLimits.Default.For(ConnectionStage.SchemeReply, ConnectionClass.Residential);
        Assert.Equal(3, limit);
    }

    [Theory]
    [InlineData("2026-10-10", true)]  // Saturday, 国庆 make-up working day
    [InlineData("2026-09-20", true)]  // Sunday, 中秋 make-up working day
    [InlineData("2026-02-14", true)]  // Saturday before 春节
    [InlineData("2026-02-28", true)]  // Saturday after 春节
    [InlineData("2026-10-05", false)] // Monday in 国庆
    [InlineData("2026-02-16", false)] // Monday in 春节
    [InlineData("2026-02-23", false)] // last day of the 2026 春节 break, a Monday
    [InlineData("2026-09-25", false)] // Friday, 中秋
    [InlineData("2026-10-11", false)] // an ordinary Sunday
    [InlineData("2026-10-12", true)]  // an ordinary Monday
    [InlineData("2025-10-08", false)] // 2025 国庆 and 中秋 together: eight days
    [InlineData("2025-10-11", true)]
    [InlineData("2024-02-18", true)]  // Sunday after 2024 春节
    [InlineData("2024-05-11", true)]
    public void Holidays_and_make_up_working_days_of_the_State_Council_notices(string date, bool working) =>
        Assert.Equal(working, Cal.IsWorkingDay(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void The_day_of_receipt_is_not_counted()
    {
        // Monday + 1 working day = Tuesday; Friday + 1 = next Monday.
        Assert.Equal(D(2026, 11, 10), Cal.AddWorkingDays(D(2026, 11, 9), 1));
        Assert.Equal(D(2026, 11, 16), Cal.AddWorkingDays(D(2026, 11, 13), 1));
        Assert.Equal(D(2026, 11, 13), Cal.AddWorkingDays(D(2026, 11, 13), 0));
    }

    [Fact]
    public void Across_the_spring_festival_the_make_up_Saturdays_count()
    {
        // Thursday 12 Feb 2026: 13 (Fri) = 1, 14 (make-up Saturday) = 2, 15–23 off, 24 (Tue) = 3.
        Assert.Equal(D(2026, 2, 24), Cal.AddWorkingDays(D(2026, 2, 12), 3));
        // 5 days from 24 Feb: 25, 26, 27, 28 (make-up Saturday), 2 Mar.
        Assert.Equal(D(2026, 3, 2), Cal.AddWorkingDays(D(2026, 2, 24), 5));
    }

    [Fact]
    public void Across_national_day_the_make_up_Saturday_counts_and_the_holiday_does_not()
    {
        // Fri 25 Sep 2026 is 中秋; from Thu 24 Sep: 28, 29, 30, 8 Oct, 9 Oct, 10 Oct (Saturday make-up), 12 Oct.
        Assert.Equal(D(2026, 10, 12), Cal.AddWorkingDays(D(2026, 9, 24), 7));
        // 15 working days of a 高压单电源 scheme reply received on 18 Sep 2026 (Fri): 20 Sep (Sunday make-up) counts.
        Assert.Equal(D(2026, 10, 15), Cal.AddWorkingDays(D(2026, 9, 18), 15));
    }

    [Fact]
    public void Customer_caused_pauses_do_not_count_and_are_inclusive()
    {
        var pauses = new[] { new DateRange(D(2026, 11, 10), D(2026, 11, 11)) };
        // Mon 9 Nov + 3: 10 and 11 paused → 12, 13, 16.
        Assert.Equal(D(2026, 11, 16), Cal.AddWorkingDays(D(2026, 11, 9), 3, pauses));
        Assert.Equal(2, Cal.WorkingDaysBetween(D(2026, 11, 9), D(2026, 11, 13), pauses));
        // A pause over a weekend only changes nothing.
        var weekend = new[] { new DateRange(D(2026, 11, 14), D(2026, 11, 15)) };
        Assert.Equal(D(2026, 11, 18), Cal.AddWorkingDays(D(2026, 11, 13), 3, weekend));
    }

    [Fact]
    public void Working_days_between_counts_the_days_after_the_first_up_to_the_second()
    {
        Assert.Equal(3, Cal.WorkingDaysBetween(D(2026, 9, 29), D(2026, 10, 9)));
        Assert.Equal(0, Cal.WorkingDaysBetween(D(2026, 10, 9), D(2026, 10, 9)));
        Assert.Equal(0, Cal.WorkingDaysBetween(D(2026, 10, 9), D(2026, 10, 1)));
    }

    [Fact]
    public void An_edited_table_wins_over_the_weekday_rule()
    {
        var cal = new WorkingDayCalendar([new HolidayDay(D(2027, 1, 1), HolidayKind.DayOff, "元旦"), new HolidayDay(D(2027, 1, 3), HolidayKind.MakeUpWorkday, "元旦")]);
        Assert.False(cal.IsWorkingDay(D(2027, 1, 1)));
        Assert.True(cal.IsWorkingDay(D(2027, 1, 3)));
        Assert.Equal(D(2027, 1, 4), cal.AddWorkingDays(D(2026, 12, 31), 2));
    }
}

namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// Which days are working days. The supervision feature counts 信访 acceptance deadlines in working days through this
/// interface; the app's one implementation is <see cref="Connections.WorkingDayCalendar"/> over the holiday table
/// (public holidays and 调休 make-up working days), which the 业扩 clocks use too (ADR-014, ADR-015).
/// </summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly day);
}

public static class WorkingDays
{
    /// <summary>
    /// The <paramref name="days"/>-th working day after <paramref name="from"/>: <paramref name="from"/> itself is not
    /// counted (a limit of 5 working days from a Friday ends on the next Friday). 0 days: <paramref name="from"/>.
    /// </summary>
    public static DateOnly AddWorkingDays(this IWorkingDayCalendar calendar, DateOnly from, int days)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        var day = from;
        for (var counted = 0; counted < days;)
        {
            day = day.AddDays(1);
            if (calendar.IsWorkingDay(day))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]: how many working days late a thing done on <paramref name="to"/> is.</summary>
    public static int WorkingDaysBetween(this IWorkingDayCalendar calendar, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        var count = 0;
        for (var day = from.AddDays(1); day <= to; day = day.AddDays(1))
        {
            if (calendar.IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }
}

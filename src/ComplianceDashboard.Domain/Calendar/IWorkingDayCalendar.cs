namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// Which days are working days. The supervision feature counts 信访 acceptance deadlines in working days through this
/// interface only, so a fuller calendar (public holidays with 调休 make-up days) can replace
/// <see cref="WeekendHolidayCalendar"/> without touching the rules (ADR-014).
/// </summary>
public interface IWorkingDayCalendar
{
    bool IsWorkingDay(DateOnly day);
}

/// <summary>Saturdays, Sundays and the listed holidays are days off; every other day is a working day.</summary>
public sealed class WeekendHolidayCalendar(IEnumerable<DateOnly>? holidays = null) : IWorkingDayCalendar
{
    private readonly HashSet<DateOnly> _holidays = [.. holidays ?? []];

    /// <summary>Weekends only.</summary>
    public static WeekendHolidayCalendar WeekendsOnly { get; } = new();

    public IReadOnlyCollection<DateOnly> Holidays => _holidays;

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);
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

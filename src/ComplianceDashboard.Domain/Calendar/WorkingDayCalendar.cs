namespace ComplianceDashboard.Domain.Calendar;

/// <summary>Whether a holiday-table day is a day off (法定节假日) or a make-up working day (调休上班).</summary>
public enum HolidayKind
{
    /// <summary>放假: a day off, even on a weekday.</summary>
    DayOff,
    /// <summary>调休上班: a working day, even on a weekend.</summary>
    MakeUpWorkday,
}

/// <summary>One row of the holiday table.</summary>
public sealed record HolidayDay(DateOnly Date, HolidayKind Kind, string Name);

/// <summary>
/// Working days (domain §9): Monday to Friday, except the holiday table's days off, plus its make-up working days.
/// The counting rule "N working days from D" ends on the N-th working day after D (D itself not counted); days
/// inside a customer-caused pause (inclusive ranges) are not counted either. Pure and immutable. The one working-day
/// calendar of the app: the 业扩 stage clocks and the 信访 acceptance deadlines (ADR-014, ADR-015).
/// </summary>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<DateOnly> _off = [];
    private readonly HashSet<DateOnly> _work = [];

    public WorkingDayCalendar(IEnumerable<HolidayDay> table)
    {
        foreach (var day in table)
        {
            (day.Kind == HolidayKind.DayOff ? _off : _work).Add(day.Date);
        }
    }

    /// <summary>The calendar of the 2024–2026 State Council notices (<see cref="ChineseHolidays"/>).</summary>
    public static WorkingDayCalendar Default { get; } = new(ChineseHolidays.All);

    /// <summary>Monday to Friday, no holidays.</summary>
    public static WorkingDayCalendar WeekendsOnly { get; } = new([]);

    public bool IsWorkingDay(DateOnly day) =>
        _work.Contains(day) || (!_off.Contains(day) && day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));

    /// <summary>A working day outside every pause: a day the clock counts.</summary>
    public bool Counts(DateOnly day, IReadOnlyList<DateRange> pauses)
    {
        if (!IsWorkingDay(day))
        {
            return false;
        }
        foreach (var pause in pauses)
        {
            if (pause.Contains(day))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The N-th counted day after <paramref name="from"/> (<paramref name="from"/> itself not counted); N = 0 gives <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int days, IReadOnlyList<DateRange>? pauses = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(days);
        pauses ??= [];
        var day = from;
        var counted = 0;
        while (counted < days)
        {
            day = day.AddDays(1);
            if (Counts(day, pauses))
            {
                counted++;
            }
        }
        return day;
    }

    /// <summary>Counted days in (<paramref name="after"/>, <paramref name="upTo"/>]; 0 when <paramref name="upTo"/> is not later.</summary>
    public int WorkingDaysBetween(DateOnly after, DateOnly upTo, IReadOnlyList<DateRange>? pauses = null)
    {
        pauses ??= [];
        var count = 0;
        for (var day = after.AddDays(1); day <= upTo; day = day.AddDays(1))
        {
            if (Counts(day, pauses))
            {
                count++;
            }
        }
        return count;
    }
}

/// <summary>An inclusive range of dates (a customer-caused pause).</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    public bool Contains(DateOnly day) => day >= From && day <= To;
}

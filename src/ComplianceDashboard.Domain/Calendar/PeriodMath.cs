namespace ComplianceDashboard.Domain.Calendar;

/// <summary>Calendar periods: months, quarters, half-years ending 30 June / 31 December, and years.</summary>
public static class PeriodMath
{
    public static Period Containing(PeriodKind kind, DateOnly day)
    {
        var months = MonthsPer(kind);
        var startMonth = (day.Month - 1) / months * months + 1;
        var start = new DateOnly(day.Year, startMonth, 1);
        return new Period(kind, start, start.AddMonths(months).AddDays(-1));
    }

    /// <summary>All periods of the kind in a calendar year, in order.</summary>
    public static IReadOnlyList<Period> OfYear(PeriodKind kind, int year)
    {
        var months = MonthsPer(kind);
        var result = new Period[12 / months];
        for (var i = 0; i < result.Length; i++)
        {
            var start = new DateOnly(year, i * months + 1, 1);
            result[i] = new Period(kind, start, start.AddMonths(months).AddDays(-1));
        }
        return result;
    }

    public static int MonthsPer(PeriodKind kind) => kind switch
    {
        PeriodKind.Month => 1,
        PeriodKind.Quarter => 3,
        PeriodKind.HalfYear => 6,
        PeriodKind.Year => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Months since year 0, so consecutive months differ by one across year ends.</summary>
    public static int MonthIndex(DateOnly day) => day.Year * 12 + day.Month - 1;

    public static DateOnly MonthEnd(DateOnly day) => new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
}

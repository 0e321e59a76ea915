using System.Text.RegularExpressions;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// The "period it is for" of a record: the kind's obligation period (from the scheme), parsing of the
/// <c>period</c> query value (yyyy-MM, yyyy-Qn, yyyy-Hn, yyyy) and the choices the form offers.
/// </summary>
public static partial class RecordPeriods
{
    /// <summary>The period kind of the obligation the record kind satisfies, or null for event-driven kinds.</summary>
    public static PeriodKind? KindOf(Scheme scheme, RecordKind kind) =>
        scheme.Obligations.FirstOrDefault(o => o.RecordKinds.Contains(kind))?.Period;

    /// <summary>A day inside the period named by <paramref name="text"/> (its first day), or null if it is not a period.</summary>
    public static DateOnly? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var m = PeriodPattern().Match(text.Trim());
        if (!m.Success)
        {
            return null;
        }
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 2000 or > 2100)
        {
            return null;
        }
        var n = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : 1;
        var month = m.Groups["k"].Value switch
        {
            "" => 1,
            "-Q" when n is >= 1 and <= 4 => (n - 1) * 3 + 1,
            "-H" when n is 1 or 2 => (n - 1) * 6 + 1,
            "-" when n is >= 1 and <= 12 => n,
            _ => 0,
        };
        return month == 0 ? null : new DateOnly(year, month, 1);
    }

    /// <summary>The period of <paramref name="kind"/> that contains <paramref name="day"/>.</summary>
    public static Period Containing(PeriodKind kind, DateOnly day) => PeriodMath.Containing(kind, day);

    /// <summary>The periods a record dated <paramref name="eventDate"/> may be for: its own period and earlier ones, newest first.</summary>
    public static IReadOnlyList<Period> Choices(PeriodKind kind, DateOnly eventDate, int count = 12)
    {
        var list = new List<Period>(count);
        var day = eventDate;
        for (var i = 0; i < count; i++)
        {
            var p = PeriodMath.Containing(kind, day);
            list.Add(p);
            day = p.Start.AddDays(-1);
        }
        return list;
    }

    /// <summary>Chinese label with the year: 2026年3月, 2026年第一季度, 2026年上半年, 2026年.</summary>
    public static string Label(Period p) => p.Kind == PeriodKind.Year ? p.Label : $"{p.Start.Year}年{p.Label}";

    /// <summary>The same label in the UI language (<see cref="PeriodText"/>): 2026年3月 / Mar 2026, 2026年上半年 / H1 2026.</summary>
    public static string LocalLabel(Period p) => p.Kind switch
    {
        PeriodKind.Month => PeriodText.YearMonth(p.Start.Year, p.Start.Month),
        PeriodKind.Quarter => PeriodText.Quarter(p.Start.Year, (p.Start.Month - 1) / 3 + 1),
        PeriodKind.HalfYear => PeriodText.HalfYear(p.Start.Year, (p.Start.Month - 1) / 6 + 1),
        _ => PeriodText.Year(p.Start.Year),
    };

    [GeneratedRegex(@"^(?<y>\d{4})(?:(?<k>-Q|-H|-)(?<n>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex PeriodPattern();
}

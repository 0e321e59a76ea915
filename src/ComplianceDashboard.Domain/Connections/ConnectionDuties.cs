namespace ComplianceDashboard.Domain.Connections;

/// <summary>A record of a 业扩 duty: the call-back plan issued to a station for a month, or the station's results reported for a month.</summary>
public enum ConnectionDutyKind
{
    /// <summary>回访计划下发: the month's call-back plan issued to the station by the 3rd.</summary>
    CallBackPlan,
    /// <summary>回访结果上报: the station reports the month's call-back results by the 10th of the next month.</summary>
    CallBackResults,
}

/// <summary>One dated duty record of a station for a month.</summary>
public sealed record ConnectionDutyFact(long Id, ConnectionDutyKind Kind, int Year, int Month, DateOnly Date);

/// <summary>One Friday's coordination-meeting duty: the minutes found (if any) and the status as of the reference day.</summary>
public sealed record FridayDuty(DateOnly Friday, ObligationStatus Status, long? MeetingId);

/// <summary>
/// The 业扩 duties of domain §9 as a separate duty source beside the QL-2022 calendar (they do not enter QL-2022 grades):
/// YK1 回访计划下发 (due the 3rd of the month), YK2 回访结果上报 (due the 10th of the next month), both per station and
/// month, and the county's 周业扩协调会 every Friday that is a working day (a Friday without minutes is missing).
/// A record dated after the due date is late; a period past its due date without one is missing; else pending.
/// </summary>
public static class ConnectionDuties
{
    public const string PlanId = "YK1";
    public const string ResultsId = "YK2";

    public static readonly IReadOnlyList<(string Id, string Name)> Obligations = [(PlanId, "业扩回访计划下发"), (ResultsId, "业扩回访结果上报")];

    public static DateOnly DueDate(ConnectionDutyKind kind, int year, int month) => kind == ConnectionDutyKind.CallBackPlan
        ? new DateOnly(year, month, 3)
        : new DateOnly(year, month, 10).AddMonths(1);

    /// <summary>The twelve months of <paramref name="year"/> for both duties of one station.</summary>
    public static IReadOnlyList<ObligationPeriod> ForStation(int year, IEnumerable<ConnectionDutyFact> records, DateOnly asOf)
    {
        var list = records.ToList();
        var result = new List<ObligationPeriod>(24);
        foreach (var kind in new[] { ConnectionDutyKind.CallBackPlan, ConnectionDutyKind.CallBackResults })
        {
            for (var month = 1; month <= 12; month++)
            {
                var start = new DateOnly(year, month, 1);
                var period = new Period(PeriodKind.Month, start, start.AddMonths(1).AddDays(-1));
                var due = DueDate(kind, year, month);
                var mine = list.Where(r => r.Kind == kind && r.Year == year && r.Month == month).ToList();
                var status = mine.Count > 0
                    ? mine.Exists(r => r.Date <= due) ? ObligationStatus.OnTime : ObligationStatus.Late
                    : asOf > due ? ObligationStatus.Missing : ObligationStatus.Pending;
                result.Add(new ObligationPeriod(kind == ConnectionDutyKind.CallBackPlan ? PlanId : ResultsId, period, due, ObligationScope.Station, null, status, [.. mine.Select(r => r.Id)]));
            }
        }
        return result;
    }

    /// <summary>
    /// Every Friday from <paramref name="from"/> to <paramref name="to"/> that is a working day, with the meeting held in its
    /// week (Monday–Friday; a meeting moved a day earlier still counts). Fridays after <paramref name="asOf"/> are pending.
    /// </summary>
    public static IReadOnlyList<FridayDuty> Fridays(DateOnly from, DateOnly to, IEnumerable<(long Id, DateOnly Date)> meetings, WorkingDayCalendar calendar, DateOnly asOf)
    {
        var byDate = meetings.GroupBy(m => m.Date).ToDictionary(g => g.Key, g => g.Min(m => m.Id));
        var result = new List<FridayDuty>();
        var friday = from.AddDays(((int)DayOfWeek.Friday - (int)from.DayOfWeek + 7) % 7);
        for (; friday <= to; friday = friday.AddDays(7))
        {
            if (!calendar.IsWorkingDay(friday))
            {
                continue;
            }
            long? meeting = null;
            for (var day = friday.AddDays(-4); day <= friday && meeting is null; day = day.AddDays(1))
            {
                if (byDate.TryGetValue(day, out var id))
                {
                    meeting = id;
                }
            }
            var status = meeting is not null ? ObligationStatus.OnTime : friday < asOf ? ObligationStatus.Missing : ObligationStatus.Pending;
            result.Add(new FridayDuty(friday, status, meeting));
        }
        return result;
    }
}

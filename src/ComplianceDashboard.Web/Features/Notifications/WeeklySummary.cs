using System.Text;
using ComplianceDashboard.Web.Features.Report;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>
/// The weekly summary to 纪委 leaders: stations whose score fell in the last 7 days, risk deductions for incidents of the
/// last 7 days, and overdue items from the other modules (<see cref="IPersonalDutySource.OverdueForSummaryAsync"/>, e.g.
/// overdue findings). A notification and, when mail is on, a mail — once per leader and ISO week.
/// </summary>
public sealed class WeeklySummary(
    IDbContextFactory<AppDbContext> dbFactory,
    IEnumerable<IPersonalDutySource> sources,
    DigestMailer mail,
    AppClock clock)
{
    public async Task<string> BodyAsync(DateOnly today, CancellationToken ct = default)
    {
        var weekAgo = today.AddDays(-7);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"统计期间：{weekAgo:yyyy-MM-dd} 至 {today.AddDays(-1):yyyy-MM-dd}\n\n");

        var history = await (from s in db.GradeSnapshots.AsNoTracking()
                             join st in db.Stations on s.StationId equals st.Id
                             where s.Year == today.Year
                             select new { s.StationId, st.Code, st.Name, s.AsOf, s.Id, s.Total }).ToListAsync(ct);
        var slipping = history.GroupBy(h => h.StationId).Select(g =>
            {
                var ordered = g.OrderBy(h => h.AsOf).ThenBy(h => h.Id).ToList();
                var then = ordered.LastOrDefault(h => h.AsOf <= weekAgo);
                var now = ordered[^1];
                return (now.Code, now.Name, Before: then?.Total, After: now.Total);
            })
            .Where(x => x.Before is { } before && x.After < before)
            .OrderBy(x => x.After - x.Before).ThenBy(x => x.Code, StringComparer.Ordinal).ToList();
        text.Append(CultureInfo.InvariantCulture, $"一、得分下滑的站所（{slipping.Count}个）\n");
        foreach (var s in slipping)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {s.Name}：{s.Before:0.#}分 → {s.After:0.#}分\n");
        }

        var deductions = await DeductionsAsync(db, today.Year, weekAgo, today, ct);
        text.Append(CultureInfo.InvariantCulture, $"\n二、本周风险防控扣分（{deductions.Sum(d => d.Points):0.#}分）\n");
        foreach (var d in deductions)
        {
            text.Append(CultureInfo.InvariantCulture, $"  {d.Station}：{d.Description}（扣{d.Points:0.#}分）\n");
        }

        var overdue = new List<string>();
        foreach (var source in sources)
        {
            overdue.AddRange(await source.OverdueForSummaryAsync(today, ct));
        }
        text.Append(CultureInfo.InvariantCulture, $"\n三、逾期未整改问题（{overdue.Count}项）\n");
        foreach (var line in overdue)
        {
            text.Append("  ").Append(line).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>Adds this week's summary for every active 纪委 leader (once per ISO week) and mails it; returns how many were added.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var week = $"{ISOWeek.GetYear(today.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture)}-W{ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue)):D2}";
        var body = await BodyAsync(today, ct);
        var title = $"纪委监督周报（{today.AddDays(-7):yyyy-MM-dd}至{today.AddDays(-1):yyyy-MM-dd}）";
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var leaders = await (from u in db.Users
                             join ur in db.UserRoles on u.Id equals ur.UserId
                             join r in db.Roles on ur.RoleId equals r.Id
                             where r.Name == Roles.DisciplineLeader && !u.IsDisabled
                             select u.Id).Distinct().ToListAsync(ct);
        var added = 0;
        foreach (var userId in leaders)
        {
            var key = $"weekly|{userId}|{week}";
            added += await ReminderRun.AddNewAsync(db, userId,
            [
                new Notification { UserId = userId, Key = key, Kind = "weekly", Title = title, Body = body, Url = "report", CreatedAt = clock.UtcNow, LeadDays = 0 },
            ], ct);
            await mail.SendAsync(db, userId, key, title, body, 1, ct);
        }
        return added;
    }

    /// <summary>The report's risk deductions (<see cref="StationGapsQuery.DeductionsAsync"/>) for incidents from <paramref name="from"/> until before <paramref name="before"/>.</summary>
    private static async Task<List<(string Station, string Description, decimal Points)>> DeductionsAsync(AppDbContext db, int year, DateOnly from, DateOnly before, CancellationToken ct)
    {
        var snapshots = await (from s in db.GradeSnapshots.AsNoTracking()
                               join st in db.Stations on s.StationId equals st.Id
                               where s.Year == year && s.IsLatest
                               orderby st.Code
                               select new { s.StationId, st.Name, s.ItemsJson }).ToListAsync(ct);
        var names = snapshots.ToDictionary(s => s.StationId, s => s.Name);
        var items = new OrderedDictionary<int, IReadOnlyList<ItemScore>>();
        foreach (var s in snapshots)
        {
            items.Add(s.StationId, GradeJson.Items(s.ItemsJson));
        }
        var deductions = await StationGapsQuery.DeductionsAsync(db, items, from, before.AddDays(-1), ct);
        return [.. deductions.Select(d => (names[d.StationId], d.Text, d.Points))];
    }
}

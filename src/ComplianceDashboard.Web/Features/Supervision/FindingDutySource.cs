using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.Web.Features.Notifications;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// Findings as personal duties (我的待办 and reminders): an open (not closed-out) finding due by the horizon — overdue
/// ones included — falls to the user whose display name is the finding's responsible person and who may read its
/// station (users are not linked to <c>Person</c> rows; <see cref="StationDutySource"/> matches supervisors the same
/// way). When no active user of that name reads the station, it falls to the station's 支部书记 accounts instead.
/// Also lists the county's overdue findings for the 纪委 weekly summary.
/// </summary>
public sealed class FindingDutySource(IDbContextFactory<AppDbContext> factory, OverdueFindingsQuery overdue) : IPersonalDutySource
{
    public const string SourceName = "监督整改";

    public async Task<IReadOnlyList<PersonalDuty>> DutiesAsync(DutyRecipient person, DateOnly today, DateOnly horizon, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(person);
        var scope = person.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var open = await scope.Filter(db.Findings.AsNoTracking(), f => f.StationId)
            .Where(f => f.Status != FindingStatus.Closed && f.Deadline <= horizon)
            .Select(f => new { f.Id, f.StationId, StationName = f.Station!.Name, f.Title, f.ResponsibleName, f.Deadline })
            .OrderBy(f => f.Deadline).ThenBy(f => f.Id).ToListAsync(ct);
        if (open.Count == 0)
        {
            return [];
        }
        var mine = open.Where(f => f.ResponsibleName == person.DisplayName).ToList();
        if (person.IsInRole(Roles.Secretary))
        {
            var names = open.Select(f => f.ResponsibleName).Distinct().ToList();
            var readers = await ReadersAsync(db, names, ct);
            mine.AddRange(open.Where(f => f.ResponsibleName != person.DisplayName && scope.CanRead(f.StationId)
                && !readers.Any(r => r.Name == f.ResponsibleName && (r.ReadsAll || r.Stations.Contains(f.StationId)))));
        }
        return [.. mine.DistinctBy(f => f.Id).Select(f => new PersonalDuty(
            string.Create(CultureInfo.InvariantCulture, $"finding:{f.Id}"),
            f.StationId,
            f.StationName,
            $"问题整改：{f.Title}",
            f.ResponsibleName == person.DisplayName ? $"整改期限 {D(f.Deadline)}" : $"责任人{f.ResponsibleName}，整改期限 {D(f.Deadline)}",
            f.Deadline,
            string.Create(CultureInfo.InvariantCulture, $"/supervision/findings/{f.Id}"),
            SourceName))];
    }

    /// <summary>"桐琴供电所：服务公开栏未按月更新（逾期12天）", most overdue first, county-wide.</summary>
    public async Task<IReadOnlyList<string>> OverdueForSummaryAsync(DateOnly today, CancellationToken ct)
    {
        var rows = await overdue.ForStationsAsync(null, ct);
        return [.. rows.Select(f => string.Create(CultureInfo.InvariantCulture, $"{f.StationName}：{f.Title}（逾期{f.DaysOverdue}天）"))];
    }

    /// <summary>Active users bearing one of <paramref name="names"/> and the stations they read (all for 纪委领导, 考评员, 管理员).</summary>
    private static async Task<List<(string Name, bool ReadsAll, HashSet<int> Stations)>> ReadersAsync(AppDbContext db, List<string> names, CancellationToken ct)
    {
        var countyRoles = Roles.AllStationReaders.ToList();
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled && names.Contains(u.DisplayName))
            .Select(u => new
            {
                u.DisplayName,
                ReadsAll = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id && countyRoles.Contains(r.Name!) select r).Any(),
                Stations = u.Stations.Select(s => s.StationId).ToList(),
            }).ToListAsync(ct);
        return [.. users.Select(u => (u.DisplayName, u.ReadsAll, u.Stations.ToHashSet()))];
    }

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

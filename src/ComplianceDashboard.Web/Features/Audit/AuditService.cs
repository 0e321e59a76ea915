using System.Linq.Expressions;

namespace ComplianceDashboard.Web.Features.Audit;

public sealed record AuditPage<T>(IReadOnlyList<T> Items, int Total);

public sealed record SignInAuditRow(long Id, string At, string UserName, bool Succeeded, string Detail, string RemoteIp);

public sealed record RecordChangeRow(long Id, string At, string ChangedBy, ChangeAction Action, long RecordId, string Station, int Version, string? Reason = null);

/// <summary>One page of the audit log: rows to skip and take, and the column to sort by (newest first when none).</summary>
public sealed record AuditPageRequest(int Skip, int Take, string? SortBy = null, bool Descending = true);

/// <summary>
/// What the audit grids filter by. <see cref="From"/> and <see cref="To"/> are local (county) dates, both included;
/// <see cref="UserName"/> matches part of the user name.
/// </summary>
public sealed record AuditFilter(string? UserName = null, DateOnly? From = null, DateOnly? To = null)
{
    public static AuditFilter None { get; } = new();
}

/// <summary>
/// Sign-in audit and record change history for 纪委领导 and 管理员. Paging, sorting and filtering run in the
/// database (one short-lived context per call); with no filter every row is shown, newest first.
/// </summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock)
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    /// <summary>The time column of both logs' rows.</summary>
    private const string TimeColumn = nameof(SignInAuditRow.At);

    /// <summary>Sign-in attempts; <paramref name="succeeded"/> null = all, true = successes, false = failures.</summary>
    public async Task<AuditPage<SignInAuditRow>> SignInsAsync(AuditPageRequest page, AuditFilter? filter = null, bool? succeeded = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        currentUser.EnsureCanViewAudit();
        filter ??= AuditFilter.None;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filtered(db.SignInAudits.AsNoTracking(), filter,
            name => a => a.UserName.Contains(name), from => a => a.At >= from, to => a => a.At < to);
        if (succeeded is { } ok)
        {
            query = query.Where(a => a.Succeeded == ok);
        }
        var total = await query.CountAsync(ct);
        var sorted = page.SortBy switch
        {
            nameof(SignInAuditRow.UserName) => query.OrderByColumn(a => a.UserName, page.Descending).ThenByDescending(a => a.Id),
            nameof(SignInAuditRow.Succeeded) => query.OrderByColumn(a => a.Succeeded, page.Descending).ThenByDescending(a => a.Id),
            nameof(SignInAuditRow.RemoteIp) => query.OrderByColumn(a => a.RemoteIp, page.Descending).ThenByDescending(a => a.Id),
            _ => ByTime(query, page, a => a.At, a => a.Id),
        };
        var rows = await OnePage(sorted, page).ToListAsync(ct);
        return new(rows.Select(a => new SignInAuditRow(a.Id, Local(a.At), a.UserName, a.Succeeded, a.Detail, a.RemoteIp ?? "")).ToList(), total);
    }

    /// <summary>Record changes of the stations the user reads; <paramref name="action"/> null = every kind.</summary>
    public async Task<AuditPage<RecordChangeRow>> RecordChangesAsync(AuditPageRequest page, AuditFilter? filter = null, ChangeAction? action = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        currentUser.EnsureCanViewAudit();
        filter ??= AuditFilter.None;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = Filtered(currentUser.Scope.Filter(db.RecordChanges.AsNoTracking(), c => c.StationId), filter,
            name => c => c.ChangedBy.Contains(name), from => c => c.ChangedAt >= from, to => c => c.ChangedAt < to);
        if (action is { } kind)
        {
            query = query.Where(c => c.Action == kind);
        }
        var total = await query.CountAsync(ct);
        var sorted = page.SortBy switch
        {
            nameof(RecordChangeRow.ChangedBy) => query.OrderByColumn(c => c.ChangedBy, page.Descending).ThenByDescending(c => c.Id),
            nameof(RecordChangeRow.Action) => query.OrderByColumn(c => c.Action, page.Descending).ThenByDescending(c => c.Id),
            nameof(RecordChangeRow.RecordId) => query.OrderByColumn(c => c.RecordId, page.Descending).ThenByDescending(c => c.Id),
            nameof(RecordChangeRow.Station) => query.OrderByColumn(c => db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault(), page.Descending)
                .ThenByDescending(c => c.Id),
            _ => ByTime(query, page, c => c.ChangedAt, c => c.Id),
        };
        var rows = await OnePage(sorted, page)
            .Select(c => new { c.Id, c.ChangedAt, c.ChangedBy, c.Action, c.RecordId, c.Version, c.Reason, Station = db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return new(rows.Select(c => new RecordChangeRow(c.Id, Local(c.ChangedAt), c.ChangedBy, c.Action, c.RecordId, c.Station ?? "", c.Version, c.Reason)).ToList(), total);
    }

    /// <summary>
    /// The filters both logs share: part of the user name (<paramref name="byUser"/>) and the local days from and to,
    /// both included (<paramref name="since"/> the first day's start, <paramref name="before"/> the start of the day after the last).
    /// </summary>
    private IQueryable<T> Filtered<T>(IQueryable<T> query, AuditFilter filter, Func<string, Expression<Func<T, bool>>> byUser,
        Func<DateTime, Expression<Func<T, bool>>> since, Func<DateTime, Expression<Func<T, bool>>> before)
    {
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            query = query.Where(byUser(filter.UserName.Trim()));
        }
        if (Start(filter.From) is { } from)
        {
            query = query.Where(since(from));
        }
        if (End(filter.To) is { } to)
        {
            query = query.Where(before(to));
        }
        return query;
    }

    /// <summary>
    /// Both logs' order unless another column is chosen: by time and then id, newest first, or oldest first when the
    /// time column (<see cref="SignInAuditRow.At"/>, <see cref="RecordChangeRow.At"/>) is sorted ascending.
    /// </summary>
    private static IOrderedQueryable<T> ByTime<T>(IQueryable<T> query, AuditPageRequest page, Expression<Func<T, DateTime>> at, Expression<Func<T, long>> id) =>
        page is { SortBy: TimeColumn, Descending: false } ? query.OrderBy(at).ThenBy(id) : query.OrderByDescending(at).ThenByDescending(id);

    /// <summary>The requested rows of the sorted log: none skipped below zero, and from 1 to 500 of them.</summary>
    private static IQueryable<T> OnePage<T>(IOrderedQueryable<T> sorted, AuditPageRequest page) =>
        sorted.Skip(Math.Max(0, page.Skip)).Take(Math.Clamp(page.Take, 1, 500));

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The UTC instant the local day <paramref name="day"/> starts.</summary>
    private DateTime? Start(DateOnly? day) =>
        day is { } d ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(d.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), clock.Zone) : null;

    /// <summary>The UTC instant the local day after <paramref name="day"/> starts (the end is exclusive).</summary>
    private DateTime? End(DateOnly? day) => day is { } d ? Start(d.AddDays(1)) : null;
}

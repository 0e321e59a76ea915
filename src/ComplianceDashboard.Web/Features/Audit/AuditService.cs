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

    /// <summary>Sign-in attempts; <paramref name="succeeded"/> null = all, true = successes, false = failures.</summary>
    public async Task<AuditPage<SignInAuditRow>> SignInsAsync(AuditPageRequest page, AuditFilter? filter = null, bool? succeeded = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        currentUser.EnsureCanViewAudit();
        filter ??= AuditFilter.None;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.SignInAudits.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var name = filter.UserName.Trim();
            query = query.Where(a => a.UserName.Contains(name));
        }
        if (Start(filter.From) is { } from)
        {
            query = query.Where(a => a.At >= from);
        }
        if (End(filter.To) is { } to)
        {
            query = query.Where(a => a.At < to);
        }
        if (succeeded is { } ok)
        {
            query = query.Where(a => a.Succeeded == ok);
        }
        var total = await query.CountAsync(ct);
        var sorted = (page.SortBy, page.Descending) switch
        {
            (nameof(SignInAuditRow.UserName), false) => query.OrderBy(a => a.UserName).ThenByDescending(a => a.Id),
            (nameof(SignInAuditRow.UserName), true) => query.OrderByDescending(a => a.UserName).ThenByDescending(a => a.Id),
            (nameof(SignInAuditRow.Succeeded), false) => query.OrderBy(a => a.Succeeded).ThenByDescending(a => a.Id),
            (nameof(SignInAuditRow.Succeeded), true) => query.OrderByDescending(a => a.Succeeded).ThenByDescending(a => a.Id),
            (nameof(SignInAuditRow.RemoteIp), false) => query.OrderBy(a => a.RemoteIp).ThenByDescending(a => a.Id),
            (nameof(SignInAuditRow.RemoteIp), true) => query.OrderByDescending(a => a.RemoteIp).ThenByDescending(a => a.Id),
            (nameof(SignInAuditRow.At), false) => query.OrderBy(a => a.At).ThenBy(a => a.Id),
            _ => query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id),
        };
        var rows = await sorted.Skip(Math.Max(0, page.Skip)).Take(Math.Clamp(page.Take, 1, 500)).ToListAsync(ct);
        return new(rows.Select(a => new SignInAuditRow(a.Id, Local(a.At), a.UserName, a.Succeeded, a.Detail, a.RemoteIp ?? "")).ToList(), total);
    }

    /// <summary>Record changes of the stations the user reads; <paramref name="action"/> null = every kind.</summary>
    public async Task<AuditPage<RecordChangeRow>> RecordChangesAsync(AuditPageRequest page, AuditFilter? filter = null, ChangeAction? action = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(page);
        currentUser.EnsureCanViewAudit();
        filter ??= AuditFilter.None;
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = currentUser.Scope.Filter(db.RecordChanges.AsNoTracking(), c => c.StationId);
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var name = filter.UserName.Trim();
            query = query.Where(c => c.ChangedBy.Contains(name));
        }
        if (Start(filter.From) is { } from)
        {
            query = query.Where(c => c.ChangedAt >= from);
        }
        if (End(filter.To) is { } to)
        {
            query = query.Where(c => c.ChangedAt < to);
        }
        if (action is { } kind)
        {
            query = query.Where(c => c.Action == kind);
        }
        var total = await query.CountAsync(ct);
        var sorted = (page.SortBy, page.Descending) switch
        {
            (nameof(RecordChangeRow.ChangedBy), false) => query.OrderBy(c => c.ChangedBy).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.ChangedBy), true) => query.OrderByDescending(c => c.ChangedBy).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.Action), false) => query.OrderBy(c => c.Action).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.Action), true) => query.OrderByDescending(c => c.Action).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.RecordId), false) => query.OrderBy(c => c.RecordId).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.RecordId), true) => query.OrderByDescending(c => c.RecordId).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.Station), false) => query.OrderBy(c => db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault()).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.Station), true) => query.OrderByDescending(c => db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault()).ThenByDescending(c => c.Id),
            (nameof(RecordChangeRow.At), false) => query.OrderBy(c => c.ChangedAt).ThenBy(c => c.Id),
            _ => query.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id),
        };
        var rows = await sorted.Skip(Math.Max(0, page.Skip)).Take(Math.Clamp(page.Take, 1, 500))
            .Select(c => new { c.Id, c.ChangedAt, c.ChangedBy, c.Action, c.RecordId, c.Version, c.Reason, Station = db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return new(rows.Select(c => new RecordChangeRow(c.Id, Local(c.ChangedAt), c.ChangedBy, c.Action, c.RecordId, c.Station ?? "", c.Version, c.Reason)).ToList(), total);
    }

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString(TimeFormat, CultureInfo.InvariantCulture);

    /// <summary>The UTC instant the local day <paramref name="day"/> starts.</summary>
    private DateTime? Start(DateOnly? day) =>
        day is { } d ? TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(d.ToDateTime(TimeOnly.MinValue), DateTimeKind.Unspecified), clock.Zone) : null;

    /// <summary>The UTC instant the local day after <paramref name="day"/> starts (the end is exclusive).</summary>
    private DateTime? End(DateOnly? day) => day is { } d ? Start(d.AddDays(1)) : null;
}

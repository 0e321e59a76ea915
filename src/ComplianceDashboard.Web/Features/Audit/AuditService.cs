using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Features.Audit;

public sealed record AuditPage<T>(IReadOnlyList<T> Items, int Total);

public sealed record SignInAuditRow(long Id, string At, string UserName, bool Succeeded, string Detail, string RemoteIp);

public sealed record RecordChangeRow(long Id, string At, string ChangedBy, ChangeAction Action, long RecordId, string Station, int Version, string? Reason = null);

/// <summary>Sign-in audit and record change history, newest first, one page at a time (纪委领导 and 管理员).</summary>
public sealed class AuditService(IDbContextFactory<AppDbContext> factory, AppClock clock)
{
    public const string TimeFormat = "yyyy-MM-dd HH:mm";

    public async Task<AuditPage<SignInAuditRow>> SignInsAsync(StationScope scope, int skip, int take, bool failuresOnly = false, CancellationToken ct = default)
    {
        Require(scope);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = db.SignInAudits.AsNoTracking();
        if (failuresOnly)
        {
            query = query.Where(a => !a.Succeeded);
        }
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Skip(skip).Take(take).ToListAsync(ct);
        return new(rows.Select(a => new SignInAuditRow(a.Id, Local(a.At), a.UserName, a.Succeeded, a.Detail, a.RemoteIp ?? "")).ToList(), total);
    }

    public async Task<AuditPage<RecordChangeRow>> RecordChangesAsync(StationScope scope, int skip, int take, CancellationToken ct = default)
    {
        Require(scope);
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = scope.Filter(db.RecordChanges.AsNoTracking(), c => c.StationId);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(c => c.ChangedAt).ThenByDescending(c => c.Id).Skip(skip).Take(take)
            .Select(c => new { c.Id, c.ChangedAt, c.ChangedBy, c.Action, c.RecordId, c.Version, c.Reason, Station = db.Stations.Where(s => s.Id == c.StationId).Select(s => s.Name).FirstOrDefault() })
            .ToListAsync(ct);
        return new(rows.Select(c => new RecordChangeRow(c.Id, Local(c.ChangedAt), c.ChangedBy, c.Action, c.RecordId, c.Station ?? "", c.Version, c.Reason)).ToList(), total);
    }

    private string Local(DateTime utc) => clock.ToLocal(utc).ToString(TimeFormat, System.Globalization.CultureInfo.InvariantCulture);

    private static void Require(StationScope scope)
    {
        if (!scope.CanViewAudit)
        {
            throw new UnauthorizedAccessException("The audit log is for 纪委领导 and 管理员.");
        }
    }
}

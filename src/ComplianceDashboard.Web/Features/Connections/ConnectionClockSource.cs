using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// The working-day calendar (from the Holidays table, cached until the table is edited) and the stage limits
/// (App:Connections:Limits over the domain defaults): what every clock in the app is computed with.
/// </summary>
public sealed class ConnectionClockSource(IDbContextFactory<AppDbContext> factory, IOptions<ConnectionOptions> options)
{
    private volatile WorkingDayCalendar? _calendar;

    public StageLimits Limits { get; } = options.Value.ToLimits();

    /// <summary>The calendar; two concurrent first loads read the same table, and either result is right.</summary>
    public async Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct = default)
    {
        if (_calendar is { } cached)
        {
            return cached;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingDayCalendar(rows.Select(h => new HolidayDay(h.Date, h.Kind, h.Name)));
        _calendar = calendar;
        return calendar;
    }

    /// <summary>Forget the cached calendar (after the holiday table changed).</summary>
    public void Invalidate() => _calendar = null;
}

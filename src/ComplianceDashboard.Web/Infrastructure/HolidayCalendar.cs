namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// The app's working-day calendar, read from the Holidays table (public holidays and 调休 make-up working days, edited
/// by administrators) and cached until the table changes: the 业扩 stage clocks and the 信访 acceptance deadlines count
/// working days with the same calendar. Another server's edit reaches this one as a <see cref="ReadModels.Holidays"/>
/// change (<see cref="GradingNotifier"/>, ADR-018); after a gap in those events the calendar is read again.
/// </summary>
public sealed class HolidayCalendar
{
    private readonly IDbContextFactory<AppDbContext> _factory;
    private volatile WorkingDayCalendar? _calendar;

    public HolidayCalendar(IDbContextFactory<AppDbContext> factory, GradingNotifier notifier)
    {
        _factory = factory;
        // A singleton subscribing for the app's lifetime (the notifier is a singleton too). Cards emptied by the same event
        // may, in the instant between, be read once more with the old calendar; they expire within a minute (SideCardCache).
        notifier.DataChanged += models =>
        {
            if (models.HasFlag(ReadModels.Holidays))
            {
                Invalidate();
            }
        };
        notifier.EventsMissed += Invalidate;
    }

    /// <summary>The calendar; two concurrent first loads read the same table, and either result is right.</summary>
    public async Task<WorkingDayCalendar> CurrentAsync(CancellationToken ct = default)
    {
        if (_calendar is { } cached)
        {
            return cached;
        }
        await using var db = await _factory.CreateDbContextAsync(ct);
        var rows = await db.Holidays.AsNoTracking().ToListAsync(ct);
        var calendar = new WorkingDayCalendar(rows.Select(h => new HolidayDay(h.Date, h.Kind, h.Name)));
        _calendar = calendar;
        return calendar;
    }

    /// <summary>Forget the cached calendar (after the holiday table changed).</summary>
    public void Invalidate() => _calendar = null;
}

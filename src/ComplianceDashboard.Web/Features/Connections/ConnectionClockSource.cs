using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// The working-day calendar (the app's <see cref="HolidayCalendar"/>) and the stage limits (App:Connections:Limits over
/// the domain defaults): what every 业扩 clock is computed with.
/// </summary>
public sealed class ConnectionClockSource(HolidayCalendar holidays, IOptions<ConnectionOptions> options)
{
    public StageLimits Limits { get; } = options.Value.ToLimits();

    public Task<WorkingDayCalendar> CalendarAsync(CancellationToken ct = default) => holidays.CurrentAsync(ct);
}

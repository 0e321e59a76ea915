namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// The one call every data-changing service makes after its save has committed: the station's data changed from a
/// date on, so every year from that date's year through this year is regraded (a change can move a later year too:
/// the engine looks back across the year boundary, e.g. six months of supervisor inactivity). Finalised years stay as
/// the evaluators locked them (<see cref="GradingService.RegradeStationAsync"/> skips them). The save stands whatever
/// happens here: a failing regrade is logged and left to the nightly run.
/// </summary>
public sealed partial class GradingTrigger(GradingService grading, AppClock clock, ILogger<GradingTrigger> logger)
{
    /// <summary>
    /// Regrades <paramref name="stationId"/> for every year from <paramref name="fromDate"/>'s year (not before
    /// <see cref="QueryValues.FirstYear"/>) through the current year. Never throws for a grading failure.
    /// </summary>
    /// <param name="fromDate">The earliest date the change touches (for an edit: the earlier of the old and new dates).</param>
    public async Task StationChangedAsync(int stationId, DateOnly fromDate, CancellationToken ct = default)
    {
        var thisYear = clock.Today.Year;
        for (var year = Math.Max(fromDate.Year, QueryValues.FirstYear); year <= thisYear; year++)
        {
            try
            {
                await grading.RegradeStationAsync(stationId, year, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                LogRegradeCancelled(stationId, year);
                return;
            }
            catch (Exception ex)
            {
                LogRegradeFailed(ex, stationId, year);
            }
        }
    }

    /// <summary>The earliest of the given dates (nulls ignored): what a change touches first.</summary>
    public static DateOnly Earliest(DateOnly first, params ReadOnlySpan<DateOnly?> others)
    {
        var earliest = first;
        foreach (var date in others)
        {
            if (date is { } d && d < earliest)
            {
                earliest = d;
            }
        }
        return earliest;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Regrading station {StationId} {Year} after a committed change failed; the nightly run catches up")]
    private partial void LogRegradeFailed(Exception ex, int stationId, int year);

    [LoggerMessage(Level = LogLevel.Information, Message = "Regrading station {StationId} from {Year} after a committed change was cancelled; the nightly run catches up")]
    private partial void LogRegradeCancelled(int stationId, int year);
}

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// Pushes grading progress and fresh results to open pages (singleton; pages subscribe and unsubscribe). The one way
/// pages learn about grading, whichever server graded: what this server does is reported here and raised at once;
/// what another server did arrives through <see cref="Receive"/> from the cross-server transport
/// (<see cref="PostgreSqlGradingNotifications"/>, docs/decisions/ADR-018-cross-server-notifications.md), which in turn
/// forwards this server's own events (<see cref="Published"/>).
/// </summary>
public sealed class GradingNotifier
{
    private readonly Lock _gate = new();
    private long _lastRunId;
    private int _lastCount = -1;
    private bool _lastFinished;

    public event Action<JobProgress>? ProgressChanged;

    public event Action<int>? StationRegraded;

    /// <summary>This server's own events, after the local ones were raised (the cross-server transport sends them on).</summary>
    public event Action<GradingEvent>? Published;

    /// <summary>
    /// Data that pages show beside the grades was saved (on this server or another) without necessarily being regraded,
    /// e.g. a 业扩 call-back or a notification: read models of it (<see cref="SideCardCache"/>) are stale.
    /// </summary>
    public event Action<ReadModels>? DataChanged;

    /// <summary>The cross-server transport was down for a while: other servers' events of that time are lost, so whatever is kept from before may be stale.</summary>
    public event Action? EventsMissed;

    public JobProgress? Current { get; private set; }

    /// <summary>Progress of a run on this server.</summary>
    public void Report(JobProgress progress)
    {
        Raise(progress);
        Published?.Invoke(new GradingEvent(null, progress));
    }

    /// <summary>A station graded on this server.</summary>
    public void Regraded(int stationId)
    {
        StationRegraded?.Invoke(stationId);
        Published?.Invoke(new GradingEvent(stationId, null));
    }

    /// <summary>A save on this server changed what <paramref name="models"/> show (raised after it committed; <see cref="ReadModelChanges"/>).</summary>
    public void Changed(ReadModels models)
    {
        if (models == ReadModels.None)
        {
            return;
        }
        DataChanged?.Invoke(models);
        Published?.Invoke(new GradingEvent(null, null, models));
    }

    /// <summary>An event of another server: raised here, never sent on again.</summary>
    public void Receive(GradingEvent received)
    {
        if (received.Progress is { } progress)
        {
            Raise(progress);
        }
        if (received.StationId is { } stationId)
        {
            StationRegraded?.Invoke(stationId);
        }
        if (received.Changed != ReadModels.None)
        {
            DataChanged?.Invoke(received.Changed);
        }
    }

    /// <summary>Told by the cross-server transport once it listens again after a gap.</summary>
    public void Missed() => EventsMissed?.Invoke();

    /// <summary>
    /// Raises progress unless it is older than what was raised already: reports of several servers may arrive out of
    /// order, and a late "half done" after "finished" would leave the jobs page showing a run that has ended.
    /// </summary>
    private void Raise(JobProgress progress)
    {
        lock (_gate)
        {
            var count = progress.Done + progress.Failed;
            var stale = progress.RunId < _lastRunId
                || (progress.RunId == _lastRunId && (_lastFinished || (!progress.Finished && count < _lastCount)));
            if (stale)
            {
                return;
            }
            (_lastRunId, _lastCount, _lastFinished) = (progress.RunId, count, progress.Finished);
            Current = progress.Finished ? null : progress;
        }
        ProgressChanged?.Invoke(progress);
    }
}

public sealed record JobProgress(long RunId, int Total, int Done, int Failed, bool Finished);

/// <summary>What one server tells the others: a station regraded, a run's progress, or data of read models changed (one of the three).</summary>
public sealed record GradingEvent(int? StationId, JobProgress? Progress, ReadModels Changed = ReadModels.None);

/// <summary>Read models kept in memory that a save can make stale (<see cref="GradingNotifier.DataChanged"/>).</summary>
[Flags]
public enum ReadModels
{
    None = 0,

    /// <summary>The station page's side cards and the overview's overdue findings (<see cref="SideCardCache"/>).</summary>
    SideCards = 1,

    /// <summary>The bell's unread counts.</summary>
    Notifications = 2,

    /// <summary>The working-day calendar (<see cref="Infrastructure.HolidayCalendar"/>): the Holidays table changed.</summary>
    Holidays = 4,
}

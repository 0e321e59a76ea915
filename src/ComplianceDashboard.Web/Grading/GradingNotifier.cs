namespace ComplianceDashboard.Web.Grading;

/// <summary>Pushes grading progress and fresh results to open pages (singleton; pages subscribe and unsubscribe).</summary>
public sealed class GradingNotifier
{
    public event Action<JobProgress>? ProgressChanged;

    public event Action<int>? StationRegraded;

    public JobProgress? Current { get; private set; }

    public void Report(JobProgress progress)
    {
        Current = progress.Finished ? null : progress;
        ProgressChanged?.Invoke(progress);
    }

    public void Regraded(int stationId) => StationRegraded?.Invoke(stationId);
}

public sealed record JobProgress(long RunId, int Total, int Done, int Failed, bool Finished);

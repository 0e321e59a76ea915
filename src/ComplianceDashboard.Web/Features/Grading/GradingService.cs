using System.Text;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.Web.Features.Grading;

/// <summary>
/// Recomputes grades: all stations (nightly job, "run now") or one station right after a record is saved.
/// One full run at a time; a station that keeps failing is recorded and the others go on.
/// </summary>
public sealed partial class GradingService(
    IDbContextFactory<AppDbContext> factory,
    StationGrader grader,
    GradingNotifier notifier,
    AppClock clock,
    IOptions<AppOptions> options,
    ILogger<GradingService> logger) : IDisposable
{
    public const string JobName = "nightly-grading";
    private const int BatchSize = 200;
    private readonly SemaphoreSlim _oneRun = new(1, 1);

    public bool IsRunning => _oneRun.CurrentCount == 0;

    public void Dispose() => _oneRun.Dispose();

    /// <summary>Years a full run recomputes: last year (final once it is over) and this year (provisional).</summary>
    public IReadOnlyList<int> DefaultYears => [clock.Today.Year - 1, clock.Today.Year];

    /// <summary>Runs a full recompute unless one is already running (then returns null at once).</summary>
    public async Task<long?> TryRunAllAsync(string trigger, IReadOnlyList<int>? years = null, CancellationToken ct = default)
    {
        if (!await _oneRun.WaitAsync(0, ct))
        {
            return null;
        }
        try
        {
            return await RunAllAsync(trigger, years ?? DefaultYears, ct);
        }
        finally
        {
            _oneRun.Release();
        }
    }

    /// <summary>Regrades one station for the year a record belongs to (called after every save).</summary>
    public async Task RegradeStationAsync(int stationId, int year, CancellationToken ct = default)
    {
        var asOf = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await GradeLocks.IsLockedAsync(db, stationId, year, ct))
        {
            return; // a finalised grade stays as the evaluators locked it
        }
        var facts = await StationFactsLoader.LoadAsync(db, [stationId], year, asOf, ct);
        var results = facts.Select(f => SnapshotWriter.Prepare(f, grader.Grade(f, year, asOf))).ToList();
        await SnapshotWriter.WriteAsync(db, results, null, clock.UtcNow, ct);
        notifier.Regraded(stationId);
    }

    /// <summary>
    /// Writes the score history a new database lacks: each station graded as of every past month end of the
    /// given years, as it stood then (the engine ignores records dated after its as-of date).
    /// </summary>
    public async Task BackfillHistoryAsync(IReadOnlyList<int> years, CancellationToken ct = default)
    {
        var today = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        var stationIds = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        foreach (var year in years)
        {
            foreach (var batch in stationIds.Chunk(BatchSize))
            {
                var facts = await StationFactsLoader.LoadAsync(db, batch, year, today, ct);
                for (var month = 1; month <= 12; month++)
                {
                    var monthEnd = new DateOnly(year, month, 1).AddMonths(1).AddDays(-1);
                    if (monthEnd >= today)
                    {
                        break;
                    }
                    var results = new List<GradedStation>(facts.Count);
                    foreach (var station in facts)
                    {
                        try
                        {
                            results.Add(SnapshotWriter.Prepare(station, grader.Grade(station, year, monthEnd)));
                        }
                        catch (Exception ex) when (ex is not OperationCanceledException)
                        {
                            LogStationFailed(ex, station.StationName, year, 1); // history is a convenience: skip the month
                        }
                    }
                    await SnapshotWriter.WriteAsync(db, results, null, monthEnd.ToDateTime(new TimeOnly(10, 0)), ct); // 18:00 in Shanghai
                }
            }
        }
    }

    private async Task<long> RunAllAsync(string trigger, IReadOnlyList<int> years, CancellationToken ct)
    {
        var asOf = clock.Today;
        List<(int Id, string Name)> stations;
        var run = new JobRun { JobName = JobName, Trigger = trigger, StartedAt = clock.UtcNow, Status = JobRunStatus.Running };
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            stations = [.. (await db.Stations.OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(ct)).Select(s => (s.Id, s.Name))];
            run.StationsTotal = stations.Count * years.Count;
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(ct);
        }
        LogStarted(run.Id, trigger, stations.Count, years);
        var errors = new StringBuilder();
        notifier.Report(new JobProgress(run.Id, run.StationsTotal, 0, 0, false));
        try
        {
            foreach (var year in years)
            {
                HashSet<int> locked;
                await using (var db = await factory.CreateDbContextAsync(ct))
                {
                    locked = await GradeLocks.LockedStationsAsync(db, year, ct);
                }
                run.StationsDone += locked.Count; // finalised grades stay as they are
                foreach (var batch in stations.Where(s => !locked.Contains(s.Id)).Chunk(BatchSize))
                {
                    ct.ThrowIfCancellationRequested();
                    var (done, failed) = await GradeBatchAsync(batch, year, asOf, run.Id, errors, ct);
                    run.StationsDone += done;
                    run.StationsFailed += failed;
                    await SaveRunAsync(run, ct);
                    notifier.Report(new JobProgress(run.Id, run.StationsTotal, run.StationsDone, run.StationsFailed, false));
                }
            }
            run.Status = run.StationsFailed == 0 ? JobRunStatus.Succeeded : JobRunStatus.PartiallyFailed;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            run.Status = JobRunStatus.Failed;
            errors.AppendLine(ex.Message);
            LogRunFailed(ex, run.Id);
        }
        finally
        {
            run.FinishedAt = clock.UtcNow;
            run.Error = errors.Length == 0 ? null : errors.ToString(0, Math.Min(errors.Length, 4000));
            if (run.Status == JobRunStatus.Running)
            {
                run.Status = JobRunStatus.Failed; // cancelled (shutdown)
            }
            await SaveRunAsync(run, CancellationToken.None);
            notifier.Report(new JobProgress(run.Id, run.StationsTotal, run.StationsDone, run.StationsFailed, true));
            LogFinished(run.Id, run.Status, run.StationsDone, run.StationsFailed, (run.FinishedAt.Value - run.StartedAt).TotalSeconds);
        }
        return run.Id;
    }

    private async Task<(int Done, int Failed)> GradeBatchAsync((int Id, string Name)[] batch, int year, DateOnly asOf, long runId, StringBuilder errors, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var facts = await StationFactsLoader.LoadAsync(db, [.. batch.Select(s => s.Id)], year, asOf, ct);
        // The engine is pure: grade and serialise on every core, then write the batch in one transaction.
        var graded = new GradedStation?[facts.Count];
        var firstErrors = new Exception?[facts.Count];
        Parallel.For(0, facts.Count, new ParallelOptions { CancellationToken = ct }, i =>
        {
            try
            {
                graded[i] = SnapshotWriter.Prepare(facts[i], grader.Grade(facts[i], year, asOf));
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                firstErrors[i] = ex;
            }
        });
        var failed = 0;
        for (var i = 0; i < facts.Count; i++)
        {
            if (firstErrors[i] is not { } first)
            {
                continue;
            }
            LogStationFailed(first, facts[i].StationName, year, 1);
            var retried = await RetryAsync(facts[i].StationId, year, asOf, ct);
            if (retried.Graded is null)
            {
                failed++;
                errors.AppendLine($"{facts[i].StationName}（{year}年）：{retried.Error ?? first.Message}");
            }
            graded[i] = retried.Graded;
        }
        var results = graded.OfType<GradedStation>().ToList();
        await SnapshotWriter.WriteAsync(db, results, runId, clock.UtcNow, ct);
        return (results.Count, failed);
    }

    /// <summary>Reads the station again and regrades it (a retry with the same in-memory facts would fail the same way).</summary>
    private async Task<(GradedStation? Graded, string? Error)> RetryAsync(int stationId, int year, DateOnly asOf, CancellationToken ct)
    {
        string? error = null;
        for (var attempt = 2; attempt <= options.Value.Grading.StationRetries + 1; attempt++)
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var facts = (await StationFactsLoader.LoadAsync(db, [stationId], year, asOf, ct)).Single();
            try
            {
                return (SnapshotWriter.Prepare(facts, grader.Grade(facts, year, asOf)), null);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogStationFailed(ex, facts.StationName, year, attempt);
                error = ex.Message;
            }
        }
        return (null, error);
    }

    private async Task SaveRunAsync(JobRun run, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        db.JobRuns.Update(run);
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grading run {RunId} started ({Trigger}): {Stations} stations, years {Years}")]
    private partial void LogStarted(long runId, string trigger, int stations, IReadOnlyList<int> years);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grading run {RunId} finished {Status}: {Done} done, {Failed} failed in {Seconds:F1} s")]
    private partial void LogFinished(long runId, JobRunStatus status, int done, int failed, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading {Station} {Year} failed (attempt {Attempt})")]
    private partial void LogStationFailed(Exception ex, string station, int year, int attempt);

    [LoggerMessage(Level = LogLevel.Error, Message = "Grading run {RunId} failed")]
    private partial void LogRunFailed(Exception ex, long runId);
}

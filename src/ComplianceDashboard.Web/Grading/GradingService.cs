using System.Text;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// Recomputes grades: a batch of stations (the batch jobs of a run, see <c>Jobs/GradingRuns</c>) or one station-year
/// (after a save, through <see cref="GradingTrigger"/>); also backfills the month-end history of a new database.
/// </summary>
public sealed partial class GradingService(
    IDbContextFactory<AppDbContext> factory,
    SchemeGrader grader,
    GradingNotifier notifier,
    AppClock clock,
    IOptions<AppOptions> options,
    ILogger<GradingService> logger)
{
    private const int BatchSize = 200;

    /// <summary>Years a full run recomputes: last year (final once it is over) and this year (provisional).</summary>
    public IReadOnlyList<int> DefaultYears => [clock.Today.Year - 1, clock.Today.Year];

    /// <summary>Regrades one station for one year; a finalised year is left as it was locked. After a save, call <see cref="GradingTrigger"/> instead.</summary>
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

    /// <summary>
    /// Grades the given stations for one year and writes their snapshots (only where the result changed, so running
    /// it twice is harmless). Finalised station-years count as done and stay as they are. A failing station is
    /// retried <see cref="GradingOptions.StationRetries"/> times, then reported; the others go on.
    /// </summary>
    /// <remarks>
    /// The stations go through in groups of <see cref="GradingOptions.GroupSize"/>, as a pipeline: while one group is
    /// graded (on every core) and written (one transaction per group), the next group is read on a context of its own.
    /// Reading is one thread turning rows into values, the largest step of a recompute; grading and writing beside it
    /// use the other cores. A group's facts are read after the previous group's read, so each group sees the database
    /// as a sequential batch would; writes stay one at a time, in station order.
    /// </remarks>
    public async Task<BatchResult> GradeStationsAsync(IReadOnlyList<int> stationIds, int year, long? runId, CancellationToken ct = default)
    {
        var asOf = clock.Today;
        HashSet<int> locked;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            locked = await GradeLocks.LockedStationsAsync(db, year, ct);
        }
        var groups = stationIds.Where(id => !locked.Contains(id)).Chunk(options.Value.Grading.GroupSize).ToList();
        var done = stationIds.Count - groups.Sum(g => g.Length);
        var failed = 0;
        var errors = new StringBuilder();
        await using var writeDb = await factory.CreateDbContextAsync(ct);
        var reading = groups.Count > 0 ? ReadAsync(groups[0], year, asOf, ct) : null;
        Task? writing = null;
        try
        {
            for (var g = 0; g < groups.Count; g++)
            {
                var facts = await reading!;
                reading = g + 1 < groups.Count ? ReadAsync(groups[g + 1], year, asOf, ct) : null;
                var (results, groupFailed) = await GradeAsync(facts, year, asOf, errors, ct);
                done += results.Count;
                failed += groupFailed;
                if (writing is not null)
                {
                    await writing;
                }
                // On a thread of its own: SQLite's "async" calls complete synchronously.
                writing = Task.Run(() => SnapshotWriter.WriteAsync(writeDb, results, runId, clock.UtcNow, ct), ct);
            }
            if (writing is not null)
            {
                await writing;
            }
        }
        finally
        {
            // After a failure no read or write may still use a context (or the pool) this method gives back.
            await Settled(reading);
            await Settled(writing);
        }
        return new BatchResult(done, failed, errors.Length == 0 ? null : errors.ToString());
    }

    /// <summary>One group's facts, read on a context of its own on a pool thread (so the caller goes on grading meanwhile).</summary>
    private Task<List<StationFacts>> ReadAsync(int[] stationIds, int year, DateOnly asOf, CancellationToken ct) => Task.Run(async () =>
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await StationFactsLoader.LoadAsync(db, stationIds, year, asOf, ct);
    }, ct);

    /// <summary>Waits for a task to end without rethrowing its failure (the first failure is already on its way up).</summary>
    private static Task Settled(Task? task) => task is null
        ? Task.CompletedTask
        : task.ContinueWith(static t => _ = t.Exception, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);

    /// <summary>
    /// Grades and serialises a group on every core (the engine is pure); a failing station is read again and retried.
    /// Returns the results in station order and how many stations failed for good (their errors appended).
    /// </summary>
    private async Task<(List<GradedStation> Results, int Failed)> GradeAsync(List<StationFacts> facts, int year, DateOnly asOf, StringBuilder errors, CancellationToken ct)
    {
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
                errors.AppendLine(CultureInfo.InvariantCulture, $"{facts[i].StationName}（{year}年）：{retried.Error ?? first.Message}");
            }
            graded[i] = retried.Graded;
        }
        return (graded.OfType<GradedStation>().ToList(), failed);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading {Station} {Year} failed (attempt {Attempt})")]
    private partial void LogStationFailed(Exception ex, string station, int year, int attempt);

}

/// <summary>What one batch did: stations done (graded or left locked), failed, and the failures' text.</summary>
public sealed record BatchResult(int Done, int Failed, string? Error);

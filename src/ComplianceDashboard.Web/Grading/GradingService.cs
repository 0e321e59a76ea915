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
    public async Task<BatchResult> GradeStationsAsync(IReadOnlyList<int> stationIds, int year, long? runId, CancellationToken ct = default)
    {
        var asOf = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        var locked = await GradeLocks.LockedStationsAsync(db, year, ct);
        var ids = stationIds.Where(id => !locked.Contains(id)).ToList();
        var facts = await LoadInPartsAsync(db, ids, year, asOf, ct);
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
        var errors = new StringBuilder();
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
        var results = graded.OfType<GradedStation>().ToList();
        await SnapshotWriter.WriteAsync(db, results, runId, clock.UtcNow, ct);
        return new BatchResult(stationIds.Count - ids.Count + results.Count, failed, errors.Length == 0 ? null : errors.ToString());
    }

    /// <summary>
    /// A batch's facts, read in parts at once, each on its own connection: the read is nearly half of a batch's time and
    /// one query runs on one core (Microsoft.Data.Sqlite's async calls complete synchronously, hence <see cref="Task.Run(Func{Task})"/>).
    /// SQLite's WAL lets readers run side by side; on PostgreSQL each part is its own backend. Parts keep the batch's order.
    /// A batch too small to split (a regrade after a save) is read on the batch's own context, <paramref name="db"/>.
    /// </summary>
    private async Task<List<StationFacts>> LoadInPartsAsync(AppDbContext db, List<int> ids, int year, DateOnly asOf, CancellationToken ct)
    {
        var parts = Math.Clamp(ids.Count / options.Value.Grading.MinStationsPerReader, 1, Environment.ProcessorCount);
        if (parts == 1)
        {
            return await StationFactsLoader.LoadAsync(db, ids, year, asOf, ct);
        }
        var loaded = await Task.WhenAll(ids.Chunk((ids.Count + parts - 1) / parts).Select(part => Task.Run(async () =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await StationFactsLoader.LoadAsync(db, part, year, asOf, ct);
        }, ct)));
        return [.. loaded.SelectMany(part => part)];
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

using Hangfire;

namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>
/// Full recompute runs: one <see cref="JobRun"/> row per run, split into <see cref="JobRunBatch"/> rows that
/// Hangfire runs as short batch jobs (<see cref="GradingBatchJob"/>) on any server's workers; the run sums its batches
/// from the database, so its progress and totals are those of every server. One run at a time across all servers: the
/// database refuses a second running row (a filtered unique index, <see cref="Data.Configurations.JobRunConfiguration"/>).
/// </summary>
public sealed partial class GradingRuns(
    IDbContextFactory<AppDbContext> factory,
    GradingService grading,
    GradingNotifier notifier,
    IBackgroundJobClient jobs,
    AppClock clock,
    IOptions<AppOptions> options,
    ILogger<GradingRuns> logger)
{
    public const string JobName = "nightly-grading";
    private const int MaxErrorLength = 4000;

    public async Task<bool> IsRunningAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.JobRuns.AnyAsync(r => r.JobName == JobName && r.Status == JobRunStatus.Running, ct);
    }

    public async Task<bool> AnyRunAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.JobRuns.AnyAsync(r => r.JobName == JobName, ct);
    }

    /// <summary>Records a run and enqueues its batch jobs, unless a run is in progress on any server (then null).</summary>
    public async Task<long?> TryStartAsync(string trigger, IReadOnlyList<int>? years = null, CancellationToken ct = default)
    {
        years ??= grading.DefaultYears;
        JobRun run;
        List<JobRunBatch> batches;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            // SQLite: BEGIN IMMEDIATE makes the check and the insert one step. PostgreSQL: a transaction-scoped advisory
            // lock does the same across servers (the second start waits, then sees the first run). The filtered unique
            // index is the guarantee underneath: should two inserts still meet, one gets null below.
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(hashtext('ComplianceDashboard.GradingRuns'))", ct);
            }
            if (await db.JobRuns.AnyAsync(r => r.JobName == JobName && r.Status == JobRunStatus.Running, ct))
            {
                return null;
            }
            var ids = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
            run = new JobRun { JobName = JobName, Trigger = trigger, StartedAt = clock.UtcNow, Status = JobRunStatus.Running, StationsTotal = ids.Count * years.Count };
            db.JobRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
            {
                LogRefused(trigger);
                return null; // another server started a run a moment ago
            }
            batches = [.. years.SelectMany(year => ids.Chunk(options.Value.Grading.BatchSize).Select(chunk => new JobRunBatch
            {
                JobRunId = run.Id, Year = year, FirstStationId = chunk[0], LastStationId = chunk[^1], Stations = chunk.Length,
            }))];
            db.JobRunBatches.AddRange(batches);
            if (batches.Count == 0)
            {
                run.Status = JobRunStatus.Succeeded;
                run.FinishedAt = run.StartedAt;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        LogStarted(run.Id, trigger, run.StationsTotal, years, batches.Count);
        notifier.Report(new JobProgress(run.Id, run.StationsTotal, 0, 0, batches.Count == 0));
        // Enqueued after the commit: if the process dies in between, the next start closes the run as interrupted.
        foreach (var batchId in batches.Select(b => b.Id))
        {
            jobs.Enqueue<GradingBatchJob>(job => job.RunAsync(batchId, null, CancellationToken.None));
        }
        return run.Id;
    }

    /// <summary>
    /// Stores a batch's result (overwriting, so a batch that ran twice counts once) with the server that ran it, sums
    /// the run's batches into its row and closes the run when every batch has finished. Ignored when the run is no
    /// longer in progress. Completions of one run are serialised by the run's row lock, whichever server they come
    /// from, so each one sees the batches the others committed and exactly one of them closes the run.
    /// </summary>
    public async Task CompleteBatchAsync(long batchId, int stations, BatchResult result, string? executedBy = null, CancellationToken ct = default)
    {
        JobRun run;
        bool finished;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.JobRunBatches.SingleAsync(b => b.Id == batchId, ct);
            // Takes the run's row lock first (PostgreSQL: held to the commit; the next completion waits here and then
            // reads what this one committed). A no-op update: only whether the run is still in progress matters.
            var locked = await db.JobRuns.Where(r => r.Id == batch.JobRunId && r.Status == JobRunStatus.Running)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.StationsTotal, r => r.StationsTotal), ct);
            if (locked == 0)
            {
                return;
            }
            run = await db.JobRuns.SingleAsync(r => r.Id == batch.JobRunId, ct);
            (batch.Stations, batch.Done, batch.Failed, batch.Error, batch.FinishedAt, batch.ExecutedBy) =
                (stations, result.Done, result.Failed, result.Error, clock.UtcNow, executedBy is null ? null : executedBy[..Math.Min(executedBy.Length, 200)]);
            await db.SaveChangesAsync(ct);
            var all = await db.JobRunBatches.AsNoTracking().Where(b => b.JobRunId == run.Id).OrderBy(b => b.Id).ToListAsync(ct);
            run.StationsTotal = all.Sum(b => b.Stations);
            run.StationsDone = all.Sum(b => b.Done);
            run.StationsFailed = all.Sum(b => b.Failed);
            var errors = string.Concat(all.Select(b => b.Error));
            run.Error = errors.Length == 0 ? null : errors[..Math.Min(errors.Length, MaxErrorLength)];
            finished = all.All(b => b.FinishedAt is not null);
            if (finished)
            {
                run.FinishedAt = clock.UtcNow;
                run.Status = run.StationsFailed == 0 ? JobRunStatus.Succeeded
                    : run.StationsDone == 0 ? JobRunStatus.Failed
                    : JobRunStatus.PartiallyFailed;
            }
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
        }
        notifier.Report(new JobProgress(run.Id, run.StationsTotal, run.StationsDone, run.StationsFailed, finished));
        if (finished)
        {
            LogFinished(run.Id, run.Status, run.StationsDone, run.StationsFailed, (run.FinishedAt!.Value - run.StartedAt).TotalSeconds);
        }
    }

    /// <summary>Marks runs a stopped process left in progress as interrupted; returns how many there were.</summary>
    public async Task<int> CloseInterruptedAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var closed = await db.JobRuns.Where(r => r.JobName == JobName && r.Status == JobRunStatus.Running)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, JobRunStatus.Interrupted).SetProperty(r => r.FinishedAt, now), ct);
        if (closed > 0)
        {
            LogInterrupted(closed);
        }
        return closed;
    }

    /// <summary>
    /// Closes as interrupted a run in progress that has shown no sign of life for <paramref name="quiet"/>: started
    /// earlier and no batch finished since. Batches take seconds, so such a run's jobs are gone (its server died between
    /// recording the run and enqueuing them); without this it would refuse every later run. Returns how many there were.
    /// </summary>
    public async Task<int> CloseStalledAsync(TimeSpan quiet, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var now = clock.UtcNow;
        var since = now - quiet;
        var closed = await db.JobRuns
            .Where(r => r.JobName == JobName && r.Status == JobRunStatus.Running && r.StartedAt < since
                && !db.JobRunBatches.Any(b => b.JobRunId == r.Id && b.FinishedAt >= since))
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, JobRunStatus.Interrupted).SetProperty(r => r.FinishedAt, now), ct);
        if (closed > 0)
        {
            LogStalled(closed, quiet.TotalMinutes);
        }
        return closed;
    }

    /// <summary>
    /// Waits until a run has finished (command line, tests, benchmarks): woken by the run's final progress report (this
    /// server's, or another's through the cross-server transport), with a look at the run's row every second should a
    /// report be missed. A poll every 50 ms kept a read transaction open beside the batches' writes all run long.
    /// </summary>
    public async Task<JobRun> WaitAsync(long runId, CancellationToken ct = default)
    {
        while (true)
        {
            var finished = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            void OnProgress(JobProgress progress)
            {
                if (progress.RunId == runId && progress.Finished)
                {
                    finished.TrySetResult();
                }
            }
            notifier.ProgressChanged += OnProgress; // before the look at the row, so a report in between is not missed
            try
            {
                await using (var db = await factory.CreateDbContextAsync(ct))
                {
                    var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);
                    if (run.Status != JobRunStatus.Running)
                    {
                        return run;
                    }
                }
                await Task.WhenAny(finished.Task, Task.Delay(TimeSpan.FromSeconds(1), ct));
                ct.ThrowIfCancellationRequested();
            }
            finally
            {
                notifier.ProgressChanged -= OnProgress;
            }
        }
    }

    /// <summary>Starts a run and waits for it; null when another run is in progress.</summary>
    public async Task<long?> TryRunAllAsync(string trigger, IReadOnlyList<int>? years = null, CancellationToken ct = default)
    {
        if (await TryStartAsync(trigger, years, ct) is not { } runId)
        {
            return null;
        }
        await WaitAsync(runId, ct);
        return runId;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Grading run {RunId} started ({Trigger}): {Stations} station-years, years {Years}, {Batches} batch jobs")]
    private partial void LogStarted(long runId, string trigger, int stations, IReadOnlyList<int> years, int batches);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grading run {RunId} finished {Status}: {Done} done, {Failed} failed in {Seconds:F1} s")]
    private partial void LogFinished(long runId, JobRunStatus status, int done, int failed, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Grading run not started ({Trigger}): another server started one a moment ago")]
    private partial void LogRefused(string trigger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} grading run(s) in progress had no batch finished for {Minutes} minutes: marked interrupted")]
    private partial void LogStalled(int count, double minutes);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Count} grading run(s) were still in progress when the app stopped: marked interrupted")]
    private partial void LogInterrupted(int count);
}

using System.Data.Common;
using Hangfire;
using Hangfire.Server;

namespace ComplianceDashboard.Web.Grading.Jobs;

/// <summary>
/// One batch of a grading run as a Hangfire job: short (seconds) and reentrant, because Hangfire starts a job again
/// after a crash or once its invisibility timeout (which does not slide) has passed. Takes only the batch id.
/// </summary>
public sealed partial class GradingBatchJob(
    IDbContextFactory<AppDbContext> factory,
    GradingService grading,
    GradingRuns runs,
    JobServerName server,
    Infrastructure.Startup.StartupState startup,
    ILogger<GradingBatchJob> logger)
{
    /// <summary>A batch run outside a Hangfire worker (tests) or enqueued before batches recorded their server.</summary>
    [AutomaticRetry(Attempts = 0)]
    public Task RunAsync(long batchId, CancellationToken ct) => RunAsync(batchId, null, ct);

    /// <summary>
    /// Grades the batch; <paramref name="context"/> is Hangfire's (enqueue with null: the worker passes its own), and its
    /// server id is recorded on the batch, so the run shows which servers' workers did the work.
    /// </summary>
    // Stations are retried inside the batch (App:Grading:StationRetries); a whole-batch failure is recorded on the run,
    // and recording it is retried here (RecordAsync), so Hangfire need not run the whole batch again.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long batchId, PerformContext? context, CancellationToken ct)
    {
        // A batch left by a stopped process may be picked up as the host starts: wait for the migrated database
        // and for interrupted runs to be closed (GradingJobsStartup), so such a batch is then skipped.
        await startup.WhenReady.WaitAsync(ct);
        List<int> stationIds;
        JobRunBatch? batch;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            batch = await db.JobRunBatches.AsNoTracking().SingleOrDefaultAsync(b => b.Id == batchId, ct);
            if (batch is null || batch.FinishedAt is not null
                || !await db.JobRuns.AnyAsync(r => r.Id == batch.JobRunId && r.Status == JobRunStatus.Running, ct))
            {
                return; // already counted, or its run was closed (interrupted) and a new run grades the stations
            }
            stationIds = await db.Stations.Where(s => s.Id >= batch.FirstStationId && s.Id <= batch.LastStationId)
                .OrderBy(s => s.Id).Select(s => s.Id).ToListAsync(ct);
        }
        BatchResult result;
        try
        {
            result = await grading.GradeStationsAsync(stationIds, batch.Year, batch.JobRunId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogBatchFailed(ex, batchId, batch.JobRunId);
            result = new BatchResult(0, stationIds.Count, $"{batch.Year}年 #{batch.FirstStationId}–{batch.LastStationId}：{ex.Message}\n");
        }
        await RecordAsync(batchId, batch.JobRunId, () => runs.CompleteBatchAsync(batchId, stationIds.Count, result, context?.ServerId ?? server.Name, ct), ct);
    }

    /// <summary>The waits before each further attempt to record a batch: a database failing over is back within seconds to a minute.</summary>
    public static readonly IReadOnlyList<TimeSpan> RecordRetryDelays = [TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(30)];

    /// <summary>
    /// Records the batch, again after a database error. The record is what closes the run: a job failing here (Hangfire
    /// does not retry it) would leave the run in progress — every later start refused — until the next nightly start
    /// closes it as stalled. Recording twice is harmless (<see cref="GradingRuns.CompleteBatchAsync"/> overwrites).
    /// </summary>
    private async Task RecordAsync(long batchId, long runId, Func<Task> record, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await record();
                return;
            }
            catch (Exception ex) when (ex is DbException or DbUpdateException && attempt < RecordRetryDelays.Count)
            {
                LogRecordFailed(ex, batchId, runId, attempt + 1);
                await Task.Delay(RecordRetryDelays[attempt], ct);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Grading batch {BatchId} of run {RunId} failed")]
    private partial void LogBatchFailed(Exception ex, long batchId, long runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Grading batch {BatchId} of run {RunId}: recording its result failed (attempt {Attempt}); trying again")]
    private partial void LogRecordFailed(Exception ex, long batchId, long runId, int attempt);
}

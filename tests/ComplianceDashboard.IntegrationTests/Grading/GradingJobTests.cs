using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Infrastructure;
using Hangfire;
using Hangfire.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Grading;

/// <summary>The app with a grader that always fails for station 3 (a seam, not a fake: the others use the real engine).</summary>
public sealed class FailingStationApp : TestApp
{
    public const int FailingStationId = 3;

    protected override int DemoStations => 5;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("App:Grading:BatchSize", "2"); // 5 stations: three batch jobs per year
        builder.UseSetting("App:Grading:MinStationsPerReader", "2"); // a batch of 4 or 5 stations is read in two parts at once
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<SchemeGrader>();
            services.AddSingleton<SchemeGrader, FailingGrader>();
            services.AddSingleton<IInterceptor>(BatchRecords);
        });
    }

    /// <summary>Off until a test arms it: refuses the statements that record a batch's result.</summary>
    public BatchRecordFailures BatchRecords { get; } = new();

    public FailingGrader Grader => (FailingGrader)Services.GetRequiredService<SchemeGrader>();

    public sealed class FailingGrader(IOptions<AppOptions> options) : SchemeGrader(options)
    {
        /// <summary>When set, grading station 1 signals <see cref="Entered"/> and waits for <see cref="Release"/>.</summary>
        public ManualResetEventSlim? Release { get; set; }

        public ManualResetEventSlim Entered { get; } = new();

        public override StationGrade Grade(StationFacts facts, int year, DateOnly asOf)
        {
            if (facts.StationId == 1 && Release is { } release)
            {
                Entered.Set();
                release.Wait(TimeSpan.FromMinutes(10)); // until the test releases it; the cap only ends a failed test
            }
            if (facts.StationId == FailingStationId)
            {
                throw new InvalidOperationException("测试：评分失败");
            }
            return base.Grade(facts, year, asOf);
        }
    }
}

[Collection(GradingJobGroup.Name)]
public class GradingJobTests(FailingStationApp app) : IClassFixture<FailingStationApp>
{
    private GradingRuns Runs => app.Services.GetRequiredService<GradingRuns>();

    [Fact]
    public async Task A_failing_station_is_retried_and_recorded_while_the_others_are_graded()
    {
        var runId = await Runs.TryRunAllAsync("test", [2025]);

        Assert.NotNull(runId);
        await using var db = app.CreateDbContext();
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId);
        Assert.Equal(JobRunStatus.PartiallyFailed, run.Status);
        Assert.Equal(5, run.StationsTotal);
        Assert.Equal(4, run.StationsDone);
        Assert.Equal(1, run.StationsFailed);
        Assert.Contains("测试：评分失败", run.Error, StringComparison.Ordinal);
        Assert.NotNull(run.FinishedAt);
        var graded = await db.GradeSnapshots.Where(s => s.Year == 2025 && s.IsLatest && s.IsFinal).Select(s => s.StationId).ToListAsync();
        Assert.Equal([1, 2, 4, 5], graded.Order());
    }

    [Fact]
    public async Task Batch_jobs_of_one_run_add_up_to_one_run_record()
    {
        await using var db = app.CreateDbContext();
        var runsBefore = await db.JobRuns.CountAsync();

        var runId = await Runs.TryRunAllAsync("test", [2025, 2026]);

        Assert.Equal(runsBefore + 1, await db.JobRuns.CountAsync());
        var run = await db.JobRuns.SingleAsync(r => r.Id == runId);
        var batches = await db.JobRunBatches.Where(b => b.JobRunId == runId).ToListAsync();
        Assert.Equal(6, batches.Count); // 2 years × stations 1–2, 3–4, 5
        Assert.All(batches, b => Assert.NotNull(b.FinishedAt));
        Assert.Equal((10, 8, 2), (run.StationsTotal, run.StationsDone, run.StationsFailed));
        Assert.Equal((batches.Sum(b => b.Done), batches.Sum(b => b.Failed)), (run.StationsDone, run.StationsFailed));
        Assert.Equal(JobRunStatus.PartiallyFailed, run.Status);
        Assert.Contains("2025年", run.Error, StringComparison.Ordinal);
        Assert.Contains("2026年", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_batch_whose_result_cannot_be_recorded_at_first_is_recorded_again_and_the_run_ends()
    {
        app.BatchRecords.FailNext(1);

        // Without a second attempt the run would stay in progress for good: the ceiling only ends a failed test.
        var runId = (await Runs.TryRunAllAsync("test", [2026]).WaitAsync(TimeSpan.FromMinutes(2)))!.Value;

        Assert.Equal(1, app.BatchRecords.Failed);
        await using var db = app.CreateDbContext();
        var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        Assert.Equal((JobRunStatus.PartiallyFailed, 5, 4, 1), (run.Status, run.StationsTotal, run.StationsDone, run.StationsFailed));
        Assert.All(await db.JobRunBatches.AsNoTracking().Where(b => b.JobRunId == runId).ToListAsync(), b => Assert.NotNull(b.FinishedAt));
    }

    [Fact]
    public async Task A_batch_job_that_runs_twice_is_counted_once()
    {
        var runId = (await Runs.TryRunAllAsync("test", [2026]))!.Value;
        await using var db = app.CreateDbContext();
        var first = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        var batchId = await db.JobRunBatches.Where(b => b.JobRunId == runId).OrderBy(b => b.Id).Select(b => b.Id).FirstAsync();

        // As if Hangfire started the job again after its invisibility timeout, with the run still in progress.
        await db.JobRuns.Where(r => r.Id == runId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, JobRunStatus.Running));
        await db.JobRunBatches.Where(b => b.Id == batchId).ExecuteUpdateAsync(s => s.SetProperty(b => b.FinishedAt, (DateTime?)null));
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<GradingBatchJob>().RunAsync(batchId, CancellationToken.None);
        }

        var again = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        Assert.Equal((first.Status, first.StationsTotal, first.StationsDone, first.StationsFailed), (again.Status, again.StationsTotal, again.StationsDone, again.StationsFailed));
    }

    [Fact]
    public async Task Two_triggers_at_once_start_only_one_run()
    {
        await using var db = app.CreateDbContext();
        var before = await db.JobRuns.CountAsync();
        using var release = new ManualResetEventSlim();
        app.Grader.Entered.Reset();
        app.Grader.Release = release;
        try
        {
            var first = await Runs.TryStartAsync("first", [2026]);
            Assert.NotNull(first);
            Assert.True(app.Grader.Entered.Wait(TimeSpan.FromMinutes(10)), "the first run's batch job never started grading");

            var second = await Runs.TryStartAsync("second", [2026]);
            Assert.True(await Runs.IsRunningAsync());
            release.Set();

            Assert.Null(second);
            var run = await Runs.WaitAsync(first.Value).WaitAsync(TimeSpan.FromMinutes(10));
            Assert.Equal(JobRunStatus.PartiallyFailed, run.Status);
            Assert.Equal(before + 1, await db.JobRuns.CountAsync());
        }
        finally
        {
            app.Grader.Release = null;
        }
    }

    [Fact]
    public async Task The_database_refuses_a_second_running_run_of_the_same_job()
    {
        await using var db = app.CreateDbContext();
        Assert.False(await Runs.IsRunningAsync());
        var first = new JobRun { JobName = GradingRuns.JobName, Trigger = "server-a", StartedAt = TestApp.FixedNow.UtcDateTime, Status = JobRunStatus.Running };
        db.JobRuns.Add(first);
        await db.SaveChangesAsync();
        try
        {
            // What a second server does when it passed the "none running" check at the same moment as the first.
            await using var other = app.CreateDbContext();
            other.JobRuns.Add(new JobRun { JobName = GradingRuns.JobName, Trigger = "server-b", StartedAt = TestApp.FixedNow.UtcDateTime, Status = JobRunStatus.Running });
            await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
            Assert.Null(await Runs.TryStartAsync("server-b", [2026]));
        }
        finally
        {
            await db.JobRuns.Where(r => r.Id == first.Id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task A_run_without_a_finished_batch_for_an_hour_is_closed_one_with_recent_progress_is_not()
    {
        await using var db = app.CreateDbContext();
        var now = TestApp.FixedNow.UtcDateTime;
        var dead = new JobRun { JobName = GradingRuns.JobName, Trigger = "nightly", StartedAt = now.AddHours(-2), Status = JobRunStatus.Running };
        db.JobRuns.Add(dead);
        await db.SaveChangesAsync();
        try
        {
            db.JobRunBatches.Add(new JobRunBatch { JobRunId = dead.Id, Year = 2026, FirstStationId = 1, LastStationId = 1, Stations = 1, FinishedAt = now.AddMinutes(-10) });
            await db.SaveChangesAsync();
            Assert.Equal(0, await Runs.CloseStalledAsync(TimeSpan.FromHours(1))); // a batch finished 10 minutes ago: alive

            await db.JobRunBatches.Where(b => b.JobRunId == dead.Id).ExecuteUpdateAsync(u => u.SetProperty(b => b.FinishedAt, now.AddMinutes(-90)));
            Assert.Equal(1, await Runs.CloseStalledAsync(TimeSpan.FromHours(1)));
            Assert.Equal(JobRunStatus.Interrupted, (await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == dead.Id)).Status);
            Assert.False(await Runs.IsRunningAsync());
        }
        finally
        {
            await db.JobRuns.Where(r => r.Id == dead.Id).ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task Rerunning_without_changes_writes_no_new_history_rows()
    {
        await Runs.TryRunAllAsync("one", [2026]);
        await using var db = app.CreateDbContext();
        var rows = await db.GradeSnapshots.CountAsync(s => s.Year == 2026);

        await Runs.TryRunAllAsync("two", [2026]);

        Assert.Equal(rows, await db.GradeSnapshots.CountAsync(s => s.Year == 2026));
        Assert.Equal(4, await db.GradeSnapshots.CountAsync(s => s.Year == 2026 && s.IsLatest && s.StationId != FailingStationApp.FailingStationId));
    }

    [Fact]
    public async Task A_batch_writes_what_each_stations_own_regrade_writes()
    {
        var grading = app.Services.GetRequiredService<GradingService>();

        var result = await grading.GradeStationsAsync([1, 2, 3, 4, 5], 2026, null);

        Assert.Equal((4, 1), (result.Done, result.Failed)); // station 3 fails, the others go on
        Assert.Contains("测试：评分失败", result.Error, StringComparison.Ordinal);
        await using var db = app.CreateDbContext();
        var snapshots = await db.GradeSnapshots.AsNoTracking().Where(s => s.Year == 2026).OrderBy(s => s.Id).Select(s => new { s.Id, s.StationId, s.ContentHash, s.IsLatest }).ToListAsync();
        var stats = await db.StationMonthStats.AsNoTracking().Where(s => s.Year == 2026).OrderBy(s => s.StationId).ThenBy(s => s.Month)
            .Select(s => new { s.StationId, s.Month, s.Due, s.OnTime, s.Late, s.Missing, s.Pending, s.RiskDeduction }).ToListAsync();
        Assert.Equal([1, 2, 4, 5], snapshots.Where(s => s.IsLatest).Select(s => s.StationId).Order());

        foreach (var stationId in new[] { 1, 2, 4, 5 })
        {
            await grading.RegradeStationAsync(stationId, 2026); // read and graded alone: the same result writes nothing
        }

        Assert.Equal(snapshots, await db.GradeSnapshots.AsNoTracking().Where(s => s.Year == 2026).OrderBy(s => s.Id).Select(s => new { s.Id, s.StationId, s.ContentHash, s.IsLatest }).ToListAsync());
        Assert.Equal(stats, await db.StationMonthStats.AsNoTracking().Where(s => s.Year == 2026).OrderBy(s => s.StationId).ThenBy(s => s.Month)
            .Select(s => new { s.StationId, s.Month, s.Due, s.OnTime, s.Late, s.Missing, s.Pending, s.RiskDeduction }).ToListAsync());
    }

    [Fact]
    public void The_nightly_job_is_registered_with_the_configured_cron_and_time_zone()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();

        var nightly = Assert.Single(connection.GetRecurringJobs([NightlyGradingJob.Id]));

        Assert.Equal("0 2 * * *", nightly.Cron);
        Assert.Equal("Asia/Shanghai", nightly.TimeZoneId);
        Assert.Equal(nameof(NightlyGradingJob.StartAsync), nightly.Job.Method.Name);
        Assert.NotNull(nightly.NextExecution);
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GradingJobGroup
{
    public const string Name = "grading-jobs";
}

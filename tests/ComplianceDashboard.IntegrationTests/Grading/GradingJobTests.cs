using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.Infrastructure;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Grading;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
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
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<StationGrader>();
            services.AddSingleton<StationGrader, FailingGrader>();
        });
    }

    public FailingGrader Grader => (FailingGrader)Services.GetRequiredService<StationGrader>();

    public sealed class FailingGrader(IOptions<AppOptions> options) : StationGrader(options)
    {
        /// <summary>When set, grading station 1 signals <see cref="Entered"/> and waits for <see cref="Release"/>.</summary>
        public ManualResetEventSlim? Release { get; set; }

        public ManualResetEventSlim Entered { get; } = new();

        public override StationGrade Grade(StationFacts facts, int year, DateOnly asOf)
        {
            if (facts.StationId == 1 && Release is { } release)
            {
                Entered.Set();
                release.Wait(TimeSpan.FromSeconds(30));
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
    private GradingService Grading => app.Services.GetRequiredService<GradingService>();

    [Fact]
    public async Task A_failing_station_is_retried_and_recorded_while_the_others_are_graded()
    {
        var runId = await Grading.TryRunAllAsync("test", [2025]);

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
    public async Task Two_triggers_at_once_start_only_one_run()
    {
        await using var db = app.CreateDbContext();
        var before = await db.JobRuns.CountAsync();
        using var release = new ManualResetEventSlim();
        app.Grader.Entered.Reset();
        app.Grader.Release = release;
        try
        {
            var first = Task.Run(() => Grading.TryRunAllAsync("first", [2026]));
            Assert.True(app.Grader.Entered.Wait(TimeSpan.FromSeconds(30)), "the first run never started grading");

            var second = await Grading.TryRunAllAsync("second", [2026]);
            release.Set();

            Assert.Null(second);
            Assert.NotNull(await first);
            Assert.Equal(before + 1, await db.JobRuns.CountAsync());
        }
        finally
        {
            app.Grader.Release = null;
        }
    }

    [Fact]
    public async Task Rerunning_without_changes_writes_no_new_history_rows()
    {
        await Grading.TryRunAllAsync("one", [2026]);
        await using var db = app.CreateDbContext();
        var rows = await db.GradeSnapshots.CountAsync(s => s.Year == 2026);

        await Grading.TryRunAllAsync("two", [2026]);

        Assert.Equal(rows, await db.GradeSnapshots.CountAsync(s => s.Year == 2026));
        Assert.Equal(4, await db.GradeSnapshots.CountAsync(s => s.Year == 2026 && s.IsLatest && s.StationId != FailingStationApp.FailingStationId));
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GradingJobGroup
{
    public const string Name = "grading-jobs";
}

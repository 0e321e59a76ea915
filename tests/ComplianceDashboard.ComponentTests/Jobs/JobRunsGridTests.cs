using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Jobs;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Jobs;

public class JobRunsGridTests : ComponentTest
{
    public JobRunsGridTests() =>
        Services.AddSingleton(new AppClock(TimeProvider.System, Options.Create(new AppOptions())));

    private static JobRun Run(long id, string trigger, JobRunStatus status, string? error = null) => new()
    {
        Id = id,
        JobName = "nightly-grading",
        Trigger = trigger,
        StartedAt = new DateTime(2026, 11, 29, 18, 0, 0, DateTimeKind.Utc),
        FinishedAt = status == JobRunStatus.Running ? null : new DateTime(2026, 11, 29, 18, 0, 12, DateTimeKind.Utc),
        Status = status,
        StationsTotal = 28,
        StationsDone = status == JobRunStatus.Succeeded ? 28 : 20,
        StationsFailed = status == JobRunStatus.PartiallyFailed ? 1 : 0,
        Error = error,
    };

    [Fact]
    public void Each_run_shows_its_trigger_local_start_time_status_and_counts()
    {
        var grid = Render<JobRunsGrid>(p => p.Add(g => g.Runs,
        [
            Run(3, "resume", JobRunStatus.Running),
            Run(2, "nightly", JobRunStatus.Interrupted),
            Run(1, "manual", JobRunStatus.PartiallyFailed, "站所 7：数据库锁定"),
        ]));

        var rows = grid.FindAll("tbody tr");
        Assert.Equal(3, rows.Count);
        Assert.Contains("中断后重跑", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("运行中", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("—", rows[0].TextContent, StringComparison.Ordinal); // no duration while running
        Assert.Contains("2026-11-30 02:00:00", rows[1].TextContent, StringComparison.Ordinal); // Asia/Shanghai
        Assert.Contains("中断", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("12.0 s", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Contains("部分失败", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("20 / 1 / 28", rows[2].TextContent, StringComparison.Ordinal);
        Assert.Contains("站所 7：数据库锁定", rows[2].TextContent, StringComparison.Ordinal);
        Assert.NotNull(rows[2].QuerySelector(".mud-chip-color-warning"));
    }

    [Fact]
    public void Each_run_names_the_servers_that_ran_its_batches()
    {
        var grid = Render<JobRunsGrid>(p => p
            .Add(g => g.Runs, [Run(2, "nightly", JobRunStatus.Succeeded), Run(1, "manual", JobRunStatus.Succeeded)])
            .Add(g => g.Servers, new Dictionary<long, IReadOnlyList<string>> { [2] = ["web1.a1:10", "web2.b2:20"] }));

        var rows = grid.FindAll("tbody tr");
        Assert.Contains("web1.a1:10、web2.b2:20", rows[0].TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("web1", rows[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("web1.a1:4711", JobRunsQuery.ServerLabel("web1.a1:4711:0c6e9a7e-5d1f-4a44-9a55-3c4a3b2f1e10"));
        Assert.Equal("batch-runner", JobRunsQuery.ServerLabel("batch-runner"));
    }

    [Fact]
    public void No_runs_yet_says_so()
    {
        var grid = Render<JobRunsGrid>(p => p.Add(g => g.Runs, []));

        Assert.Contains("还没有运行记录", grid.Markup, StringComparison.Ordinal);
    }
}

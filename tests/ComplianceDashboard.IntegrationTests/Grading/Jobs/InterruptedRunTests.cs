using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Grading.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Grading.Jobs;

/// <summary>The app on its real Hangfire storage (SQLite: hangfire.db beside the app database; PostgreSQL: schema "hangfire"), over a folder kept between starts.</summary>
public sealed class SqliteJobsApp(string folder) : TestApp(folder)
{
    protected override int DemoStations => 3;

    protected override bool InMemoryJobs => false;
}

public class InterruptedRunTests
{
    [Fact]
    public async Task A_run_left_running_by_a_stopped_process_is_closed_as_interrupted_and_graded_again()
    {
        var folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));
        try
        {
            long staleId;
            using (var first = new SqliteJobsApp(folder))
            {
                await using var db = first.CreateDbContext();
                var stale = new JobRun { JobName = GradingRuns.JobName, Trigger = "nightly", StartedAt = DateTime.UtcNow.AddHours(-1), Status = JobRunStatus.Running, StationsTotal = 6 };
                db.JobRuns.Add(stale);
                await db.SaveChangesAsync();
                staleId = stale.Id;
            }
            if (TestDatabase.IsPostgreSql)
            {
                await using var db = Web.Data.DataMigrator.Create(Web.Infrastructure.DatabaseProvider.PostgreSql, TestDatabase.ConnectionString(TestDatabase.NameFor(folder)));
                Assert.Equal(1, await db.Database.SqlQueryRaw<int>("SELECT count(*)::int AS \"Value\" FROM information_schema.schemata WHERE schema_name = 'hangfire'").SingleAsync());
            }
            else
            {
                Assert.True(File.Exists(Path.Combine(folder, "hangfire.db")), "hangfire.db is created beside the app database");
            }

            using var second = new SqliteJobsApp(folder);
            await using var check = second.CreateDbContext();
            var resumed = await Poll.UntilAsync(async () =>
                await check.JobRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Trigger == "resume" && r.Status != JobRunStatus.Running));

            var closed = await check.JobRuns.AsNoTracking().SingleAsync(r => r.Id == staleId);
            Assert.Equal(JobRunStatus.Interrupted, closed.Status);
            Assert.NotNull(closed.FinishedAt);
            Assert.Equal(JobRunStatus.Succeeded, resumed.Status);
            Assert.Equal((6, 6), (resumed.StationsTotal, resumed.StationsDone));
            var batches = await check.JobRunBatches.AsNoTracking().Where(b => b.JobRunId == resumed.Id).ToListAsync();
            Assert.Equal([2025, 2026], batches.Select(b => b.Year).Order());
            Assert.All(batches, b => Assert.Equal((1, 3, 3, 0), (b.FirstStationId, b.LastStationId, b.Done, b.Failed)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (TestDatabase.IsPostgreSql)
            {
                TestDatabase.Drop(TestDatabase.NameFor(folder));
            }
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}

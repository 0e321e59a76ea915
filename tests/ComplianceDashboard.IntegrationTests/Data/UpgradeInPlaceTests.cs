using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Grading;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Data;

/// <summary>A county's database created by release 1 is upgraded in place at start-up with nothing lost, after a copy of it is made.</summary>
public class UpgradeInPlaceTests
{
    [SqliteOnlyFact]
    public async Task Release_1_database_with_demo_data_upgrades_in_place_keeping_every_row_and_grade()
    {
        using var current = new TestApp();
        var source = Path.Combine(current.Folder, "test.db");
        List<(int StationId, int Year, decimal Total, string Grade)> gradesBefore;
        await using (var db = current.CreateDbContext())
        {
            gradesBefore = await LatestGrades(db);
        }
        Assert.NotEmpty(gradesBefore);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        var release1File = Path.Combine(current.Folder, "release1.db");
        Release1Database.CreateFrom(source, release1File);
        var countsBefore = Release1Database.RowCounts(release1File);
        Assert.True(countsBefore["Records"] > 100, "the demo county has evidence records");

        using var upgraded = new DatabaseAtPath(release1File);
        await using (var db = upgraded.CreateDbContext())
        {
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            Assert.Equal(gradesBefore, await LatestGrades(db));
        }
        var countsAfter = Release1Database.RowCounts(release1File);
        foreach (var (table, count) in countsBefore)
        {
            Assert.True(countsAfter[table] == count, $"{table}: {count} rows before the upgrade, {countsAfter[table]} after");
        }
        // The upgrade first left a copy of the database as it was, named after its last migration, to go back to.
        Assert.Equal(countsBefore, Release1Database.RowCounts($"{release1File}.before-{Release1Database.InitMigrationId}.bak"));

        // Grading the upgraded data again gives the same totals.
        var (stationId, year, total, _) = gradesBefore[0];
        await upgraded.Services.GetRequiredService<GradingService>().RegradeStationAsync(stationId, year);
        await using (var db = upgraded.CreateDbContext())
        {
            var regraded = await db.GradeSnapshots.Where(s => s.StationId == stationId && s.Year == year && s.IsLatest).SingleAsync();
            Assert.Equal(total, regraded.Total);
        }
    }

    private static async Task<List<(int, int, decimal, string)>> LatestGrades(Web.Data.AppDbContext db) =>
        (await db.GradeSnapshots.Where(s => s.IsLatest).OrderBy(s => s.StationId).ThenBy(s => s.Year)
            .Select(s => new { s.StationId, s.Year, s.Total, s.GradeCode }).ToListAsync())
        .Select(s => (s.StationId, s.Year, s.Total, s.GradeCode)).ToList();

    private sealed class DatabaseAtPath(string path) : TestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("App:DatabasePath", path);
        }
    }
}

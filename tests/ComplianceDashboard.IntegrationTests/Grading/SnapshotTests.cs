using System.Text;
using System.Text.Json;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Grading;

public class SnapshotTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Stored_grade_json_is_the_text_of_the_reflection_serializer_byte_for_byte()
    {
        // GradeJson writes through compile-time metadata (GradeJsonContext); content hashes and stored texts must stay
        // what the reflection-based serializer with the same options wrote before it.
        await using var db = app.CreateDbContext();
        var snapshots = await db.GradeSnapshots.AsNoTracking().Where(s => s.IsLatest).ToListAsync();
        // The generator wrote a fast path (straight Utf8JsonWriter calls) for both: nothing in the types forces the slow one.
        Assert.NotNull(GradeJsonContext.Default.IReadOnlyListItemScore.SerializeHandler);
        Assert.NotNull(GradeJsonContext.Default.IReadOnlyListObligationPeriod.SerializeHandler);
        // Some items lost points (gaps with and without optional fields, which are left out when null).
        Assert.Contains(snapshots, s => GradeJson.Items(s.ItemsJson).Any(i => i.Gaps.Count > 0));
        foreach (var snapshot in snapshots)
        {
            var items = GradeJson.Items(snapshot.ItemsJson);
            var calendar = GradeJson.Calendar(snapshot.CalendarJson);
            Assert.Equal(JsonSerializer.Serialize(items, GradeJson.Options), Encoding.UTF8.GetString(GradeJson.SerializeToUtf8(items)));
            Assert.Equal(JsonSerializer.Serialize(calendar, GradeJson.Options), Encoding.UTF8.GetString(GradeJson.SerializeToUtf8(calendar)));
            Assert.Equal(snapshot.ItemsJson, Encoding.UTF8.GetString(GradeJson.SerializeToUtf8(items)));
            Assert.Equal(snapshot.CalendarJson, Encoding.UTF8.GetString(GradeJson.SerializeToUtf8(calendar)));
        }
    }

    [Fact]
    public async Task Deleting_a_meeting_regrades_the_station_and_keeps_the_old_score_as_history()
    {
        var grading = app.Services.GetRequiredService<GradingService>();
        await app.Services.GetRequiredService<GradingRuns>().TryRunAllAsync("test", [2026]);
        await using var db = app.CreateDbContext();
        var before = await db.GradeSnapshots.SingleAsync(s => s.StationId == 1 && s.Year == 2026 && s.IsLatest);
        var march = await db.Records.Where(r => r.StationId == 1 && r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == 2026 && r.EventDate.Month == 3).ToListAsync();
        Assert.NotEmpty(march);
        db.Records.RemoveRange(march);
        await db.SaveChangesAsync();

        await grading.RegradeStationAsync(1, 2026);

        var after = await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.StationId == 1 && s.Year == 2026 && s.IsLatest);
        Assert.NotEqual(before.Id, after.Id);
        var item13 = GradeJson.Items(after.ItemsJson).Single(i => i.Code == "13");
        Assert.Equal(0m, item13.Points);
        Assert.Contains("3月", item13.Explanation, StringComparison.Ordinal);
        var cell = GradeJson.Calendar(after.CalendarJson).Single(c => c.ObligationId == "O5" && c.Period.Key == "2026-03");
        Assert.Equal(ObligationStatus.Missing, cell.Status);
        Assert.False((await db.GradeSnapshots.AsNoTracking().SingleAsync(s => s.Id == before.Id)).IsLatest);
        var march3 = await db.StationMonthStats.SingleAsync(s => s.StationId == 1 && s.Year == 2026 && s.Month == 3);
        Assert.True(march3.Missing >= 1);
    }

    [Fact]
    public async Task Two_regrades_of_a_station_at_once_leave_one_latest_snapshot()
    {
        // Two writers of one station at the same moment (on PostgreSQL: a save's regrade on one server beside a nightly
        // batch on another) both read the same latest row before either writes; each month removed changes the grade.
        var grading = app.Services.GetRequiredService<GradingService>();
        await using var db = app.CreateDbContext();
        foreach (var month in new[] { 4, 5, 6 })
        {
            var meetings = await db.Records.Where(r => r.StationId == 2 && r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == 2026 && r.EventDate.Month == month).ToListAsync();
            db.Records.RemoveRange(meetings);
            await db.SaveChangesAsync();

            await Task.WhenAll(grading.RegradeStationAsync(2, 2026), grading.RegradeStationAsync(2, 2026), grading.RegradeStationAsync(2, 2026));

            var latest = await db.GradeSnapshots.AsNoTracking().Where(s => s.StationId == 2 && s.Year == 2026 && s.IsLatest).ToListAsync();
            var snapshot = Assert.Single(latest);
            Assert.Contains($"{month}月", GradeJson.Items(snapshot.ItemsJson).Single(i => i.Code == "13").Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_demo_county_has_month_end_history_for_the_trend()
    {
        await using var db = app.CreateDbContext();
        var asOfs = await db.GradeSnapshots.Where(s => s.StationId == 6 && s.Year == 2025).Select(s => s.AsOf).ToListAsync();
        Assert.True(asOfs.Count >= 3, $"only {asOfs.Count} snapshots");
        Assert.Contains(new DateOnly(2025, 1, 31), asOfs);
    }
}

using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>Station 1's 2025 grade is finalised: its evidence changes only as a correction with a reason, and the locked grade stays.</summary>
public class LockedYearTests(TestApp app) : IClassFixture<TestApp>
{
    [Fact]
    public async Task Editing_or_deleting_a_record_of_a_locked_year_needs_a_correction_reason_and_leaves_the_locked_snapshot_unchanged()
    {
        await app.Services.GetRequiredService<GradingService>().RegradeStationAsync(1, 2025);
        long snapshotId;
        string calendar;
        long recordId;
        await using (var db = app.CreateDbContext())
        {
            var snapshot = await db.GradeSnapshots.SingleAsync(s => s.StationId == 1 && s.Year == 2025 && s.IsLatest);
            (snapshotId, calendar) = (snapshot.Id, snapshot.CalendarJson);
            db.GradeFinalizations.Add(new GradeFinalization { StationId = 1, Year = 2025, SnapshotId = snapshot.Id, Total = snapshot.Total, GradeCode = snapshot.GradeCode, FinalizedAt = DateTime.UtcNow, FinalizedBy = "kaoping" });
            await db.SaveChangesAsync();
            recordId = await db.Records.Where(r => r.StationId == 1 && r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == 2025).Select(r => r.Id).FirstAsync();
        }

        using var scope = await app.SignedInScopeAsync("shuji1");
        var before = await app.CountsAsync();
        var input = (await scope.Records().LoadInputAsync(recordId))!;
        input.Content += "（补充：会议签到表已扫描）";
        var refused = await scope.Records().UpdateAsync(recordId, input);
        Assert.Contains("更正原因", refused.ErrorFor(nameof(RecordInput.CorrectionReason)), StringComparison.Ordinal);
        Assert.NotNull((await scope.Records().DeleteAsync(recordId, " ")).ErrorFor(nameof(RecordInput.CorrectionReason)));
        Assert.Equal(before, await app.CountsAsync());

        input.CorrectionReason = "补充会议签到信息";
        var corrected = await scope.Records().UpdateAsync(recordId, input);
        Assert.True(corrected.Succeeded);
        Assert.True((await scope.Records().DeleteAsync(recordId, "重复登记")).Succeeded);

        await using var check = app.CreateDbContext();
        var changes = await check.RecordChanges.Where(c => c.RecordId == recordId).OrderBy(c => c.Id).ToListAsync();
        Assert.Equal(("补充会议签到信息", ChangeAction.Updated), (changes[^2].Reason, changes[^2].Action));
        Assert.Equal(("重复登记", ChangeAction.Deleted), (changes[^1].Reason, changes[^1].Action));
        var latest = await check.GradeSnapshots.SingleAsync(s => s.StationId == 1 && s.Year == 2025 && s.IsLatest);
        Assert.Equal((snapshotId, calendar), (latest.Id, latest.CalendarJson));
    }
}

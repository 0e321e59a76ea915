using System.Text.Json;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

public class EvidenceReviewTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Fact]
    public async Task Rejecting_the_only_minutes_of_a_month_drops_item13_to_zero_and_resetting_restores_it()
    {
        var before = await app.LatestAsync(1);
        Assert.True(before.IsFinal);
        Assert.Equal(3m, Item(before, "13").Points);
        var cell = GradeJson.Calendar(before.CalendarJson).First(c => c.ObligationId == "O5" && c.Status == ObligationStatus.OnTime && c.RecordIds.Count == 1);
        var recordId = cell.RecordIds[0];
        var kaoping = await app.AsUserAsync("kaoping");

        await kaoping.Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Rejected, "会议纪要签到与实际不符").OkAsync();

        var after = await app.LatestAsync(1);
        Assert.Equal(0m, Item(after, "13").Points);
        Assert.Equal(before.Total - 3m, after.Total);
        await using (var db = app.CreateDbContext())
        {
            var record = await db.Records.SingleAsync(r => r.Id == recordId);
            Assert.Equal(ReviewStatus.Rejected, record.Review);
            Assert.Equal("kaoping", record.ReviewedBy);
            Assert.NotNull(record.ReviewedAt);
            var change = await db.RecordChanges.Where(c => c.RecordId == recordId).OrderByDescending(c => c.Id).FirstAsync();
            Assert.Equal(record.Version, change.Version);
            Assert.Contains("Rejected", change.AfterJson, StringComparison.Ordinal);
        }
        var evidence = await kaoping.Review.EvidenceAsync(app.RoundId, 1);
        Assert.Contains(evidence, e => e.RecordId == recordId && e.ItemCode == "13" && e.Review == ReviewStatus.Rejected);

        await kaoping.Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Unreviewed, null).OkAsync();
        Assert.Equal(3m, Item(await app.LatestAsync(1), "13").Points);
        await kaoping.Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Confirmed, null).OkAsync();
        Assert.Equal(3m, Item(await app.LatestAsync(1), "13").Points);
    }

    [Fact]
    public async Task A_review_shows_in_the_records_history_with_its_full_state_before_and_after()
    {
        var snapshot = await app.LatestAsync(7);
        var recordId = GradeJson.Items(snapshot.ItemsJson).Last(i => i.RecordIds.Count > 0).RecordIds[^1];
        var kaoping = await app.AsUserAsync("kaoping");

        await kaoping.Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Rejected, "签到表与实际出席不符").OkAsync();

        RecordSnapshot before;
        await using (var db = app.CreateDbContext())
        {
            var record = await db.Records.Include(r => r.PresentMembers).Include(r => r.EmergingProblems).Include(r => r.Attachments).AsSplitQuery().SingleAsync(r => r.Id == recordId);
            var change = await db.RecordChanges.Where(c => c.RecordId == recordId).OrderByDescending(c => c.Id).FirstAsync();
            Assert.Equal((ChangeAction.Updated, record.Version, "kaoping", (string?)null), (change.Action, change.Version, change.ChangedBy, change.Reason));
            Assert.Equal(RecordSnapshot.Of(record).ToJson(), change.AfterJson);
            before = JsonSerializer.Deserialize<RecordSnapshot>(change.BeforeJson!, RecordSnapshot.Json)!;
            // The whole record before, as after but for the review.
            Assert.Equal((RecordSnapshot.Of(record) with { Review = before.Review, ReviewNote = before.ReviewNote }).ToJson(), change.BeforeJson);
        }
        using (var scope = await app.SignedInScopeAsync("kaoping"))
        {
            var history = await scope.ServiceProvider.GetRequiredService<RecordQueries>().HistoryAsync(recordId);
            Assert.Equal([("审核状态", before.Review.ToString(), "Rejected"), ("审核意见", "—", "签到表与实际出席不符")], history[0].Diff);
        }

        await kaoping.Review.ReviewAsync(app.RoundId, recordId, before.Review, null).OkAsync();
    }

    [Fact]
    public async Task Rejecting_without_a_reason_is_refused_and_nothing_changes()
    {
        var snapshot = await app.LatestAsync(7);
        var recordId = GradeJson.Items(snapshot.ItemsJson).First(i => i.RecordIds.Count > 0).RecordIds[0];
        ReviewStatus before;
        await using (var db0 = app.CreateDbContext())
        {
            before = (await db0.Records.SingleAsync(r => r.Id == recordId)).Review;
        }
        var ex = await (await app.AsUserAsync("kaoping")).Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Rejected, "  ");
        Assert.Contains("Reason", ex.FieldErrors.Keys);
        await using var db = app.CreateDbContext();
        Assert.Equal(before, (await db.Records.SingleAsync(r => r.Id == recordId)).Review);
    }

    [Fact]
    public async Task Secretaries_and_discipline_leaders_cannot_review_evidence()
    {
        var snapshot = await app.LatestAsync(1);
        var recordId = GradeJson.Items(snapshot.ItemsJson).First(i => i.RecordIds.Count > 0).RecordIds[0];
        foreach (var user in new[] { "shuji1", "jingli1", "jiwei", "admin" })
        {
            await Assert.ThrowsAsync<ForbiddenException>(async () =>
                await (await app.AsUserAsync(user)).Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Confirmed, null));
        }
    }

    [Fact]
    public async Task On_site_findings_are_kept_with_date_and_evaluator()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var ex = await kaoping.Review.AddFindingAsync(app.RoundId, 8, null, "");
        Assert.Equal(["FoundOn", "Text"], ex.FieldErrors.Keys.Order());
        await kaoping.Review.AddFindingAsync(app.RoundId, 8, new DateOnly(2026, 11, 18), "服务站点门牌缺失").OkAsync();
        var finding = Assert.Single(await kaoping.Review.FindingsAsync(app.RoundId, 8));
        Assert.Equal(new DateOnly(2026, 11, 18), finding.FoundOn);
        Assert.Contains("kaoping", finding.Evaluator, StringComparison.Ordinal);
    }

    private static ItemScore Item(GradeSnapshot snapshot, string code) => GradeJson.Items(snapshot.ItemsJson).Single(i => i.Code == code);
}

using System.Text.Json;
using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading;
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
        var kaoping = await app.ActorAsync("kaoping");

        await app.Review.ReviewAsync(kaoping, app.RoundId, recordId, ReviewStatus.Rejected, "会议纪要签到与实际不符");

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
        var evidence = await app.Review.EvidenceAsync(kaoping, app.RoundId, 1);
        Assert.Contains(evidence, e => e.RecordId == recordId && e.ItemCode == "13" && e.Review == ReviewStatus.Rejected);

        await app.Review.ReviewAsync(kaoping, app.RoundId, recordId, ReviewStatus.Unreviewed, null);
        Assert.Equal(3m, Item(await app.LatestAsync(1), "13").Points);
        await app.Review.ReviewAsync(kaoping, app.RoundId, recordId, ReviewStatus.Confirmed, null);
        Assert.Equal(3m, Item(await app.LatestAsync(1), "13").Points);
    }

    [Fact]
    public async Task A_review_shows_in_the_records_history_with_its_full_state_before_and_after()
    {
        var snapshot = await app.LatestAsync(7);
        var recordId = GradeJson.Items(snapshot.ItemsJson).Last(i => i.RecordIds.Count > 0).RecordIds[^1];
        var kaoping = await app.ActorAsync("kaoping");

        await app.Review.ReviewAsync(kaoping, app.RoundId, recordId, ReviewStatus.Rejected, "签到表与实际出席不符");

        RecordSnapshot before;
        await using (var db = app.CreateDbContext())
        {
            var record = await db.Records.Include(r => r.PresentMembers).Include(r => r.EmergingProblems).Include(r => r.Attachments).SingleAsync(r => r.Id == recordId);
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

        await app.Review.ReviewAsync(kaoping, app.RoundId, recordId, before.Review, null);
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
        var ex = await Assert.ThrowsAsync<EvaluationValidationException>(async () =>
            await app.Review.ReviewAsync(await app.ActorAsync("kaoping"), app.RoundId, recordId, ReviewStatus.Rejected, "  "));
        Assert.Contains("Reason", ex.Errors.Keys);
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
            await Assert.ThrowsAsync<EvaluationForbiddenException>(async () =>
                await app.Review.ReviewAsync(await app.ActorAsync(user), app.RoundId, recordId, ReviewStatus.Confirmed, null));
        }
    }

    [Fact]
    public async Task On_site_findings_are_kept_with_date_and_evaluator()
    {
        var kaoping = await app.ActorAsync("kaoping");
        var ex = await Assert.ThrowsAsync<EvaluationValidationException>(() => app.Review.AddFindingAsync(kaoping, app.RoundId, 8, null, ""));
        Assert.Equal(["FoundOn", "Text"], ex.Errors.Keys.Order());
        await app.Review.AddFindingAsync(kaoping, app.RoundId, 8, new DateOnly(2026, 11, 18), "服务站点门牌缺失");
        var finding = Assert.Single(await app.Review.FindingsAsync(kaoping, app.RoundId, 8));
        Assert.Equal(new DateOnly(2026, 11, 18), finding.FoundOn);
        Assert.Contains("kaoping", finding.Evaluator, StringComparison.Ordinal);
    }

    private static ItemScore Item(GradeSnapshot snapshot, string code) => GradeJson.Items(snapshot.ItemsJson).Single(i => i.Code == code);
}

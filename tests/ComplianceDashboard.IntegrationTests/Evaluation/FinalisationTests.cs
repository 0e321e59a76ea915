using System.Net;
using System.Net.Http.Json;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

public class FinalisationTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Theory]
    [InlineData(6, "Points")]
    [InlineData(-1, "Points")]
    public async Task Expert_adjustment_outside_zero_to_the_item_maximum_is_refused(int points, string field)
    {
        var ex = await (await app.AsUserAsync("kaoping")).Finalisation.AdjustAsync(app.RoundId, 6, "26", points, "获村民和上级认可");
        Assert.Equal([field], ex.FieldErrors.Keys);
        Assert.Equal("评定分值应在 0 至 5 之间", ex.FieldErrors[field]);
    }

    [Fact]
    public async Task Expert_adjustment_needs_a_reason_and_an_expert_item()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var ex = await kaoping.Finalisation.AdjustAsync(app.RoundId, 6, "28", 3, "");
        Assert.Equal(["Reason"], ex.FieldErrors.Keys);
        ex = await kaoping.Finalisation.AdjustAsync(app.RoundId, 6, "13", 1, "理由");
        Assert.Equal(["ItemCode"], ex.FieldErrors.Keys);
    }

    [Fact]
    public async Task Expert_adjustment_replaces_the_computed_points_in_the_result_and_keeps_the_engine_value()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var before = (await kaoping.Finalisation.GetAsync(app.RoundId, 9))!;
        var computed26 = before.Result!.Items.Single(i => i.Computed.Code == "26").Computed.Points;
        await kaoping.Finalisation.AdjustAsync(app.RoundId, 9, "26", 4, "村民锦旗及县公司通报表扬").OkAsync();
        var after = (await kaoping.Finalisation.GetAsync(app.RoundId, 9))!;
        var item = after.Result!.Items.Single(i => i.Computed.Code == "26");
        Assert.Equal(4m, item.Points);
        Assert.Equal(computed26, item.Computed.Points);
        Assert.Equal("村民锦旗及县公司通报表扬", item.Adjustment!.Reason);
        Assert.Equal(Math.Min(before.Result.Total - computed26 + 4m, 110m), after.Result.Total);
    }

    [Fact]
    public async Task Finalisation_locks_the_grade_a_later_regrade_does_not_change_it_and_review_and_adjust_are_refused()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var final = await kaoping.Finalisation.FinaliseAsync(app.RoundId, 3).OkAsync();
        var snapshot = await app.LatestAsync(3);
        Assert.Equal(snapshot.Id, final.SnapshotId);
        Assert.Equal(snapshot.Total, final.Total);
        Assert.Equal("kaoping", final.FinalizedBy);

        // A record changes behind the lock (e.g. a correction): the nightly regrade leaves the finalised year alone.
        var recordId = GradeJson.Items(snapshot.ItemsJson).Single(i => i.Code == "13").RecordIds[0];
        await using (var db = app.CreateDbContext())
        {
            await db.Records.Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Review, ReviewStatus.Rejected));
        }
        await app.Grading.RegradeStationAsync(3, 2025);
        await app.Runs.TryRunAllAsync("test", [2025]);
        Assert.Equal(snapshot.Id, (await app.LatestAsync(3)).Id);
        await using (var db = app.CreateDbContext())
        {
            var row = await db.GradeFinalizations.SingleAsync(f => f.Id == final.Id);
            Assert.Equal(final.Total, row.Total);
            Assert.Null(row.ReopenedAt);
            await db.Records.Where(r => r.Id == recordId).ExecuteUpdateAsync(s => s.SetProperty(r => r.Review, ReviewStatus.Unreviewed));
        }

        Assert.True((await kaoping.Review.ReviewAsync(app.RoundId, recordId, ReviewStatus.Rejected, "理由")).IsConflict);
        Assert.True((await kaoping.Finalisation.AdjustAsync(app.RoundId, 3, "26", 2, "理由")).IsConflict);
        Assert.True((await kaoping.Finalisation.FinaliseAsync(app.RoundId, 3)).IsConflict);
    }

    [Fact]
    public async Task A_finalised_grade_is_changed_only_through_a_recorded_reopening_by_an_evaluator()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var first = await kaoping.Finalisation.FinaliseAsync(app.RoundId, 4).OkAsync();

        foreach (var user in new[] { "shuji1", "jingli1", "jiwei" })
        {
            await Assert.ThrowsAsync<ForbiddenException>(async () => await (await app.AsUserAsync(user)).Finalisation.ReopenAsync(app.RoundId, 4, "想改分"));
        }
        foreach (var user in new[] { "shuji1", "jingli1" })
        {
            using var client = await app.SignInAsync(user);
            var reopen = await client.PostAsJsonAsync($"/api/evaluation/rounds/{app.RoundId}/stations/4/reopen", new { reason = "想改分" });
            Assert.Equal(HttpStatusCode.Forbidden, reopen.StatusCode);
            var finalise = await client.PostAsync($"/api/evaluation/rounds/{app.RoundId}/stations/4/finalise", null);
            Assert.Equal(HttpStatusCode.Forbidden, finalise.StatusCode);
        }
        var empty = await kaoping.Finalisation.ReopenAsync(app.RoundId, 4, "");
        Assert.Equal(["Reason"], empty.FieldErrors.Keys);
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await GradeLocks.IsLockedAsync(db, 4, 2025));
        }

        using (var evaluator = await app.SignInAsync("kaoping"))
        {
            var response = await EvaluationApp.PostWithTokenAsync(evaluator, $"/api/evaluation/rounds/{app.RoundId}/stations/4/reopen",
                JsonContent.Create(new { reason = "站所提交补充材料，复核第26项" }));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
        await kaoping.Finalisation.AdjustAsync(app.RoundId, 4, "26", 5, "补充材料证明获村民和上级双重认可").OkAsync();
        var second = await kaoping.Finalisation.FinaliseAsync(app.RoundId, 4).OkAsync();

        var view = (await (await app.AsUserAsync("jiwei")).Finalisation.GetAsync(app.RoundId, 4))!;
        Assert.Equal(second.Id, view.Active!.Id);
        Assert.Equal(2, view.History.Count);
        var reopened = view.History.Single(h => h.Id == first.Id);
        Assert.Equal("kaoping", reopened.ReopenedBy);
        Assert.Equal("站所提交补充材料，复核第26项", reopened.ReopenReason);
        Assert.NotNull(reopened.ReopenedAt);
    }

    [Fact]
    public async Task Finalise_and_reopen_over_http_need_the_antiforgery_token()
    {
        using var evaluator = await app.SignInAsync("kaoping");
        var finaliseUrl = $"/api/evaluation/rounds/{app.RoundId}/stations/10/finalise";
        var reopenUrl = $"/api/evaluation/rounds/{app.RoundId}/stations/10/reopen";

        // A cross-site form post carries the cookies but not the token: refused, nothing locked.
        var forged = await evaluator.PostAsync(finaliseUrl, new FormUrlEncodedContent([]));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await evaluator.PostAsync(finaliseUrl, null)).StatusCode);
        var wrongToken = new HttpRequestMessage(HttpMethod.Post, finaliseUrl);
        wrongToken.Headers.Add("RequestVerificationToken", "not-a-token");
        Assert.Equal(HttpStatusCode.BadRequest, (await evaluator.SendAsync(wrongToken)).StatusCode);
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await GradeLocks.IsLockedAsync(db, 10, 2025));
        }

        var finalised = await EvaluationApp.PostWithTokenAsync(evaluator, finaliseUrl, null);
        Assert.Equal(HttpStatusCode.OK, finalised.StatusCode);
        await using (var db = app.CreateDbContext())
        {
            Assert.True(await GradeLocks.IsLockedAsync(db, 10, 2025));
        }

        Assert.Equal(HttpStatusCode.BadRequest, (await evaluator.PostAsJsonAsync(reopenUrl, new { reason = "复核" })).StatusCode);
        var reopened = await EvaluationApp.PostWithTokenAsync(evaluator, reopenUrl, JsonContent.Create(new { reason = "站所申请复核" }));
        Assert.Equal(HttpStatusCode.NoContent, reopened.StatusCode);
        await using (var db = app.CreateDbContext())
        {
            Assert.False(await GradeLocks.IsLockedAsync(db, 10, 2025));
        }
    }

    [Fact]
    public async Task Finalisation_needs_the_year_to_be_over()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        var round2026 = await kaoping.Rounds.CreateAsync(new RoundInput(2026, "2026年度评价（试）", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 31), [], [10])).OkAsync();
        var ex = await kaoping.Finalisation.FinaliseAsync(round2026, 10);
        Assert.True(ex.IsConflict);
        Assert.Contains("尚未结束", ex.Error, StringComparison.Ordinal);
    }
}

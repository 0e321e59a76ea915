using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Integrity;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Import.Xlsx;
using ComplianceDashboard.Web.Features.Integrity;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Integrity;

/// <summary>
/// The integrity signals over the real database: computed after an import, stored per station, explained by an
/// evaluator (leaving the open list, kept as explained), and readable only within the caller's stations.
/// </summary>
public class IntegrityTests(TestApp app) : IClassFixture<TestApp>
{
    private IntegrityRecompute Recompute => app.Services.GetRequiredService<IntegrityRecompute>();

    /// <summary>The integrity service of a circuit signed in as <paramref name="userName"/> (the scope lives as long as the test).</summary>
    private async Task<IntegrityService> AsAsync(string userName) =>
        (await app.SignedInScopeAsync(userName)).ServiceProvider.GetRequiredService<IntegrityService>();

    [Fact]
    public async Task Backfilled_records_imported_from_a_sheet_appear_as_a_late_entry_signal_of_their_station()
    {
        // The test clock says 2026-11-20: duty reports of May entered today are six months late.
        var may = new DateOnly(2026, 5, 20);
        var supervisor = await SupervisorNameAsync(may);
        using var client = await app.SignInAsync("shuji1");
        var template = await client.GetByteArrayAsync("/api/records/import-template/1/SupervisorDutyReport");
        var filled = XlsxSheets.Fill(template,
            ["2026-05-20", "", "2026年5月监督员履职汇报（补录）", supervisor, "本月参加小组会议一次，检查站点服务公开一次。"],
            ["2026-05-27", "", "2026年5月监督员第二次履职汇报（补录）", supervisor, "本月走访客户两户。"]);

        using var scope = await app.SignedInScopeAsync("shuji1");
        var importer = scope.ServiceProvider.GetRequiredService<XlsxRecordImporter>();
        var preview = await importer.PreviewAsync(1, RecordKind.SupervisorDutyReport, new MemoryStream(filled), "backfill.xlsx");
        Assert.Empty(preview.Errors);
        var result = await importer.ImportAsync(preview);
        Assert.True(result.Succeeded, result.Error);

        await using var db = app.CreateDbContext();
        var imported = await db.Records.Where(r => r.Title.EndsWith("（补录）")).Select(r => r.Id).ToListAsync();
        Assert.Equal(2, imported.Count);
        // Recomputed by the save itself: no nightly run needed.
        var signals = await (await AsAsync("jiwei")).ListAsync(2026);
        var late = Assert.Single(signals, s => s.Kind == SignalKind.LateEntry && s.StationId == 1 && s.Month == 5);
        Assert.All(imported, id => Assert.Contains(id, late.RecordIds));
        Assert.Contains("事后补录", late.Explanation, StringComparison.Ordinal);
        Assert.True(late.IsOpen);
    }

    [Fact]
    public async Task One_file_uploaded_to_two_meetings_is_a_reused_attachment_signal_at_once()
    {
        long[] meetings;
        await using (var db = app.CreateDbContext())
        {
            meetings = [.. (await db.Records.Where(r => r.StationId == 1 && r.Kind == RecordKind.GroupMeeting && r.EventDate.Year == 2026)
                    .Select(r => new { r.Id, r.EventDate }).ToListAsync())
                .GroupBy(r => r.EventDate.Month).Take(2).Select(g => g.First().Id)];
        }
        byte[] sheet = [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% 签到表 IntegrityTests\n%%EOF\n"u8];
        using var scope = await app.SignedInScopeAsync("shuji1");
        foreach (var meeting in meetings)
        {
            Assert.True((await scope.Attachments().UploadAsync(meeting, "签到表.pdf", new MemoryStream(sheet))).Succeeded);
        }

        // Recomputed by the upload itself: no nightly run needed.
        var signals = await (await AsAsync("jiwei")).ListAsync(2026);
        Assert.Contains(signals, s => s.Kind == SignalKind.ReusedAttachment && s.StationId == 1 && meetings.All(s.RecordIds.Contains));

        // Removing one copy clears it again, also at once (and leaves the county as the other tests expect it).
        long[] uploaded;
        await using (var db = app.CreateDbContext())
        {
            uploaded = [.. await db.Attachments.Where(a => meetings.Contains(a.RecordId) && a.FileName == "签到表.pdf").Select(a => a.Id).ToListAsync()];
        }
        foreach (var attachment in uploaded)
        {
            Assert.True((await scope.Attachments().DeleteAsync(attachment)).Succeeded);
        }
        signals = await (await AsAsync("jiwei")).ListAsync(2026);
        Assert.DoesNotContain(signals, s => s.Kind == SignalKind.ReusedAttachment && s.StationId == 1 && meetings.Any(s.RecordIds.Contains));
    }

    [Fact]
    public async Task A_signal_is_explained_in_the_language_of_the_page()
    {
        await Recompute.RecomputeStationAsync(7);
        var leader = await AsAsync("jiwei");
        var signal = (await leader.ListAsync(2026)).Concat(await leader.ListAsync(2025)).First(s => s.StationId == 7 && s.Kind == SignalKind.CopiedText);
        var path = string.Create(CultureInfo.InvariantCulture, $"/integrity/signals/{signal.Id}");
        using var client = await app.SignInAsync("jiwei");

        Assert.Contains(signal.Explanation, await client.GetStringAsync(path), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/culture?c=en&returnUrl=%2F")).StatusCode); // sets the culture cookie
        var english = await client.GetStringAsync(path);
        Assert.Contains("are nearly identical", english, StringComparison.Ordinal);
        Assert.Contains(signal.Text.Args[^1], english, StringComparison.Ordinal); // the same similarity figure
        Assert.DoesNotContain(signal.Explanation, english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_explained_signal_leaves_the_open_list_stays_visible_as_explained_and_survives_recomputation()
    {
        await Recompute.RecomputeStationAsync(3);
        var evaluator = await AsAsync("kaoping");
        var signal = (await evaluator.ListAsync(2025)).First(s => s.StationId == 3 && s.IsOpen);
        var recordId = signal.RecordIds[0];
        Assert.Contains(signal.Kind, (await evaluator.OpenKindsByRecordAsync([recordId]))[recordId]);

        var empty = await evaluator.ExplainAsync(signal.Id, "  ");
        Assert.False(empty.Succeeded);
        Assert.Equal("请填写说明原因", empty.ErrorFor(nameof(ExplainInput.Reason)));
        var leader = await AsAsync("jiwei");
        await Assert.ThrowsAsync<ForbiddenException>(() => leader.ExplainAsync(signal.Id, "领导不能说明"));

        await evaluator.ExplainAsync(signal.Id, "该月记录系纸质台账补录，已核对原件。").OkAsync();
        await Recompute.RecomputeStationAsync(3); // the rows are replaced; the explanation is kept by the signal's key

        var after = Assert.Single(await evaluator.ListAsync(2025), s => s.Key == signal.Key);
        Assert.False(after.IsOpen);
        Assert.Equal(("kaoping", "该月记录系纸质台账补录，已核对原件。"), (after.Explained!.By, after.Explained.Reason));
        Assert.DoesNotContain(signal.Kind, (await evaluator.OpenKindsByRecordAsync([recordId])).GetValueOrDefault(recordId) ?? []);
        await using var db = app.CreateDbContext();
        Assert.True(await db.SignInAudits.AnyAsync(a => a.UserName == "kaoping" && a.Detail.Contains("标记为已说明")));
    }

    [Fact]
    public async Task A_secretary_reads_only_the_signals_of_their_own_station()
    {
        await Recompute.RecomputeStationAsync(1);
        await Recompute.RecomputeStationAsync(2);
        var leader = await AsAsync("jiwei");
        var other = (await leader.ListAsync(2025)).First(s => s.StationId == 1);
        var secretary = await AsAsync("shuji2");

        var own = await secretary.ListAsync(2025);

        Assert.NotEmpty(own);
        Assert.All(own, s => Assert.Equal(2, s.StationId));
        Assert.Null(await secretary.DetailAsync(other.Id));
        Assert.NotNull(await leader.DetailAsync(other.Id));
        Assert.Empty(await secretary.OpenKindsByRecordAsync([.. other.RecordIds]));
        await Assert.ThrowsAsync<ForbiddenException>(() => secretary.ExplainAsync(other.Id, "不是我的站所"));
        Assert.Empty(await (await AsAsync("jingli1")).ListAsync(2025)); // a customer manager has no integrity page
        var otherEvaluatorView = await (await AsAsync("kaoping")).ExplainAsync(long.MaxValue, "不存在的信号");
        Assert.True(otherEvaluatorView.IsConflict);

        using var client = await app.SignInAsync("shuji2");
        var page = await client.GetStringAsync(string.Create(CultureInfo.InvariantCulture, $"/integrity/signals/{other.Id}"));
        Assert.Contains("信号不存在或无权查看", page, StringComparison.Ordinal);
        Assert.DoesNotContain(other.Explanation, page, StringComparison.Ordinal);
        var list = await client.GetStringAsync("/integrity?year=2025&status=all");
        Assert.Contains("泉溪供电所", list, StringComparison.Ordinal);
        Assert.DoesNotContain("桐琴供电所", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_is_for_leaders_evaluators_and_secretaries_only()
    {
        using var manager = await app.SignInAsync("jingli1");
        var denied = await manager.GetAsync("/integrity");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        var location = denied.Headers.Location!;
        Assert.Equal("/account/denied", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);

        using var leader = await app.SignInAsync("jiwei");
        var html = await leader.GetStringAsync("/integrity");
        Assert.Contains("台账真实性", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demo_county_shows_a_backfill_burst_a_reused_sign_in_sheet_and_copied_minutes_on_one_station()
    {
        await Recompute.RecomputeAllAsync();
        var leader = await AsAsync("jiwei");
        var all = (await leader.ListAsync(2025)).Concat(await leader.ListAsync(2026)).ToList();
        var station = Web.Features.Demo.DemoIntegrity.StationIndex + 1;

        var special = all.Where(s => s.Kind is SignalKind.BurstBeforeEvaluation or SignalKind.ReusedAttachment or SignalKind.CopiedText).ToList();

        Assert.Equal([SignalKind.BurstBeforeEvaluation, SignalKind.ReusedAttachment, SignalKind.CopiedText], special.Select(s => s.Kind).Order());
        Assert.All(special, s => Assert.Equal(station, s.StationId));
        var burst = special.Single(s => s.Kind == SignalKind.BurstBeforeEvaluation);
        Assert.Equal(2025, burst.Year);
        Assert.Contains("2026-01-15", burst.Explanation, StringComparison.Ordinal);
        var copied = await leader.DetailAsync(special.Single(s => s.Kind == SignalKind.CopiedText).Id);
        Assert.NotNull(copied!.Comparison);
        Assert.Contains(copied.Comparison!.LeftSegments, segment => !segment.Shared); // the head count differs
        Assert.True(copied.Comparison.LeftSegments.Where(segment => segment.Shared).Sum(segment => segment.Text.Length) > 100);
    }

    private async Task<string> SupervisorNameAsync(DateOnly day)
    {
        var people = await app.PeopleAsync(1, day);
        await using var db = app.CreateDbContext();
        return await db.People.Where(p => p.Id == people.SupervisorId).Select(p => p.Name).SingleAsync();
    }

}

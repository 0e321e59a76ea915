using System.Text.Json;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>A finding over the real database: from an inspection record to close-out (销号) and effect evaluation, every step in its history.</summary>
public class FindingLifecycleTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Today = RecordTestHelpers.Today;

    private async Task<FindingService> AsAsync(string userName) =>
        (await app.SignedInScopeAsync(userName)).ServiceProvider.GetRequiredService<FindingService>();

    private async Task<(long InspectionId, int PersonId, string PersonName)> InspectionAndPersonAsync()
    {
        await using var db = app.CreateDbContext();
        var inspection = await db.Records.Where(r => r.StationId == 1 && r.Kind == RecordKind.SpecialInspection && r.EventDate.Year == 2026)
            .OrderBy(r => r.EventDate).Select(r => r.Id).FirstAsync();
        var person = await db.People.Where(p => p.StationId == 1).OrderBy(p => p.Id).Select(p => new { p.Id, p.Name }).FirstAsync();
        return (inspection, person.Id, person.Name);
    }

    private static byte[] Pdf(string marker) => [.. System.Text.Encoding.ASCII.GetBytes($"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% {marker}\n%%EOF\n")];

    [Fact]
    public async Task A_finding_from_an_inspection_is_rectified_closed_out_with_evidence_and_evaluated_with_every_step_in_its_history()
    {
        var (inspection, personId, personName) = await InspectionAndPersonAsync();
        var secretary = await AsAsync("shuji1");
        var created = await secretary.CreateAsync(new FindingInput
        {
            StationId = 1, ResponsiblePersonId = personId, Title = "服务公开栏未更新本月停电计划", Severity = FindingSeverity.Serious,
            Category = FindingCategory.ServiceQuality, RequiredMeasure = "一周内更新公开栏并拍照留存", FoundOn = Today.AddDays(-10),
            Deadline = Today.AddDays(-3), SourceRecordId = inspection,
        });
        Assert.True(created.Succeeded, created.Error);
        var id = created.Value;

        // Overdue (deadline three days ago, not closed): red, on the reminders' query for the person and the station.
        var overdue = app.Services.GetRequiredService<OverdueFindingsQuery>();
        Assert.Contains(await overdue.ForPersonAsync(personId), f => f.Id == id && f.DaysOverdue == 3);
        Assert.Contains(await overdue.ForStationAsync(1), f => f.Id == id);
        Assert.True((await secretary.GetAsync(id))!.Row.Overdue);

        // Close-out refused without rectification and evidence.
        var early = await secretary.CloseOutAsync(id, new CloseOutInput { VerifierName = "县纪委 王书记" });
        Assert.False(early.Succeeded);
        Assert.Equal("销号前须登记整改措施", early.ErrorFor("Rectification"));
        Assert.Equal("销号须上传整改佐证材料", early.ErrorFor("Evidence"));

        // The responsible unit logs its measures and uploads the evidence.
        var manager = await AsAsync("jingli1");
        Assert.True((await manager.AddRectificationAsync(id, Today.AddDays(-1), "已更新公开栏，张贴12月停电计划")).Succeeded);
        Assert.True((await manager.UploadEvidenceAsync(id, "公开栏照片.pdf", new MemoryStream(Pdf("finding-evidence")))).Succeeded);

        // The responsible person cannot verify their own rectification.
        var own = await secretary.CloseOutAsync(id, new CloseOutInput { VerifierName = personName });
        Assert.Equal("验证人不能是整改责任人本人", own.ErrorFor("Verifier"));

        Assert.True((await secretary.CloseOutAsync(id, new CloseOutInput { VerifierName = "县纪委 王书记", ClosedOn = Today })).Succeeded);
        Assert.True((await secretary.EvaluateEffectAsync(id, RectificationEffect.Effective, "复查公开栏按月更新，整改到位")).Succeeded);

        var detail = (await secretary.GetAsync(id))!;
        Assert.Equal(FindingStatus.Closed, detail.Row.Status);
        Assert.True(detail.Row.ClosedLate);
        Assert.False(detail.Row.Overdue);
        Assert.Equal(RectificationEffect.Effective, detail.Effect);
        Assert.Equal(inspection, detail.SourceRecordId);
        Assert.Equal([FindingService.Registered, FindingService.Rectified, FindingService.EvidenceAdded, FindingService.ClosedOut, FindingService.Evaluated],
            detail.Steps.Select(s => s.Action));
        Assert.Equal([1, 2, 3, 4, 5], detail.Steps.Select(s => s.Version));
        using (var last = JsonDocument.Parse(detail.Steps[^1].StateJson))
        {
            Assert.Equal("Closed", last.RootElement.GetProperty("status").GetString());
            Assert.Equal("Effective", last.RootElement.GetProperty("effect").GetString());
            Assert.Equal("县纪委 王书记", last.RootElement.GetProperty("verifierName").GetString());
        }
        Assert.DoesNotContain(await overdue.ForStationAsync(1), f => f.Id == id);

        // The evidence file is served to readers of the station only.
        var evidence = Assert.Single(detail.Evidence);
        using (var reader = await app.SignInAsync("shuji1"))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await reader.GetAsync($"/api/supervision/evidence/{evidence.Id}")).StatusCode);
        }
        using (var other = await app.SignInAsync("shuji2"))
        {
            Assert.Equal(System.Net.HttpStatusCode.NotFound, (await other.GetAsync($"/api/supervision/evidence/{evidence.Id}")).StatusCode);
        }

        // Only 纪委领导 re-open; the re-opening is a step too, and the close-out is cleared.
        await Assert.ThrowsAsync<ForbiddenException>(() => secretary.ReopenAsync(id, "复查发现反弹"));
        var leader = await AsAsync("jiwei");
        Assert.True((await leader.ReopenAsync(id, "复查发现公开栏又未更新")).Succeeded);
        var reopened = (await leader.GetAsync(id))!;
        Assert.Equal(FindingStatus.Rectifying, reopened.Row.Status);
        Assert.Equal(1, reopened.Row.ReopenCount);
        Assert.Null(reopened.Row.ClosedOn);
        Assert.Equal(FindingService.Reopened, reopened.Steps[^1].Action);
        Assert.Equal(6, reopened.Steps.Count);
    }

    [Fact]
    public async Task Another_stations_secretary_neither_sees_nor_changes_the_finding()
    {
        var (inspection, personId, _) = await InspectionAndPersonAsync();
        var created = await (await AsAsync("jiwei")).CreateAsync(new FindingInput
        {
            StationId = 1, ResponsiblePersonId = personId, Title = "客户意见簿未及时答复", Severity = FindingSeverity.Minor,
            Category = FindingCategory.Ledger, RequiredMeasure = "补充答复", FoundOn = Today, Deadline = Today.AddDays(14), SourceRecordId = inspection,
        });
        Assert.True(created.Succeeded, created.Error);
        var other = await AsAsync("shuji2");
        Assert.Null(await other.GetAsync(created.Value));
        Assert.DoesNotContain(await other.ListAsync(), f => f.Id == created.Value);
        Assert.False((await other.AddRectificationAsync(created.Value, Today, "x")).Succeeded);
        await Assert.ThrowsAsync<ForbiddenException>(() => other.CreateAsync(new FindingInput { StationId = 1 }));
    }

    [Fact]
    public async Task Evidence_is_checked_like_a_record_attachment_and_a_refused_file_adds_no_step()
    {
        var (inspection, personId, _) = await InspectionAndPersonAsync();
        var manager = await AsAsync("jingli1");
        var created = await (await AsAsync("shuji1")).CreateAsync(new FindingInput
        {
            StationId = 1, ResponsiblePersonId = personId, Title = "整改佐证缺失", Severity = FindingSeverity.Minor,
            Category = FindingCategory.Ledger, RequiredMeasure = "补充佐证", FoundOn = Today, Deadline = Today.AddDays(14), SourceRecordId = inspection,
        });
        Assert.True(created.Succeeded, created.Error);
        var id = created.Value;
        var big = new byte[app.Services.GetRequiredService<IOptions<AppOptions>>().Value.MaxAttachmentBytes + 1];
        Pdf("big").CopyTo(big, 0);

        Assert.Equal("文件名为空或过长", (await manager.UploadEvidenceAsync(id, "  ", new MemoryStream(Pdf("x")))).ErrorFor(AttachmentService.FileField));
        Assert.Equal("文件为空", (await manager.UploadEvidenceAsync(id, "空.pdf", new MemoryStream())).ErrorFor(AttachmentService.FileField));
        Assert.Contains("超过大小上限", (await manager.UploadEvidenceAsync(id, "big.pdf", new MemoryStream(big))).ErrorFor(AttachmentService.FileField), StringComparison.Ordinal);
        Assert.Contains("不支持该文件类型", (await manager.UploadEvidenceAsync(id, "setup.exe", new MemoryStream(Pdf("exe")))).ErrorFor(AttachmentService.FileField),
            StringComparison.Ordinal);

        var detail = (await manager.GetAsync(id))!;
        Assert.Empty(detail.Evidence);
        Assert.Equal([FindingService.Registered], detail.Steps.Select(s => s.Action));
    }

    [Fact]
    public async Task A_deadline_before_the_finding_is_a_field_error_and_nothing_is_saved()
    {
        await using var before = app.CreateDbContext();
        var count = await before.Findings.CountAsync();
        var result = await (await AsAsync("shuji1")).CreateAsync(new FindingInput
        {
            StationId = 1, ResponsibleName = "张三", Title = "问题", RequiredMeasure = "整改", FoundOn = Today, Deadline = Today.AddDays(-1),
        });
        Assert.Equal("整改期限不能早于发现日期", result.ErrorFor(nameof(FindingInput.Deadline)));
        await using var after = app.CreateDbContext();
        Assert.Equal(count, await after.Findings.CountAsync());
    }
}

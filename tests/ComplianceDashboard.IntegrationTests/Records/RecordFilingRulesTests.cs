using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Import;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>
/// Who may file which record kind, against the real <see cref="RecordService"/> on demo station 1:
/// shuji1 = 支部书记, jiandu1 = 廉政监督员, jingli1 = 客户经理. The expected table is written out here, apart from
/// RecordKindInfo.FiledBy, so a change to the data must be made in both places (and in docs/security.md).
/// </summary>
public class RecordFilingRulesTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Day = new(2026, 10, 14);
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"u8];

    // S = 支部书记, J = 廉政监督员 (jiandu), M = 客户经理 (jingli)
    private static readonly Dictionary<RecordKind, string> Expected = new()
    {
        [RecordKind.GroupMeeting] = "S",
        [RecordKind.JointMeeting] = "S",
        [RecordKind.SpecialInspection] = "SJ",
        [RecordKind.FourWindsInspection] = "SJ",
        [RecordKind.RiskIdentification] = "SJ",
        [RecordKind.CustomerVisit] = "SJ",
        [RecordKind.Reminder] = "SJ",
        [RecordKind.DemandLedger] = "SM",
        [RecordKind.LedgerHandover] = "SJM",
        [RecordKind.Publicity] = "SM",
        [RecordKind.MonthlyServiceDisclosure] = "SM",
        [RecordKind.QuarterlyServiceDisclosure] = "SM",
        [RecordKind.InstantDisclosure] = "SM",
        [RecordKind.OutageNotice] = "SM",
        [RecordKind.SupervisionResultsDisclosure] = "SJ",
        [RecordKind.SupervisorDutyReport] = "SJ",
        [RecordKind.LeaderDutyReport] = "S",
        [RecordKind.SupervisorEvaluation] = "S",
        [RecordKind.ServiceComplaint] = "S",
        [RecordKind.GridServiceIncident] = "S",
        [RecordKind.BypassPetition] = "S",
        [RecordKind.Violation] = "S",
        [RecordKind.VillagerRecognition] = "S",
        [RecordKind.Innovation] = "S",
    };

    private static readonly (string User, char Code)[] Users = [("shuji1", 'S'), ("jiandu1", 'J'), ("jingli1", 'M')];

    public static TheoryData<string, RecordKind, bool> Table()
    {
        var data = new TheoryData<string, RecordKind, bool>();
        foreach (var kind in Enum.GetValues<RecordKind>())
        {
            foreach (var (user, code) in Users)
            {
                data.Add(user, kind, Expected[kind].Contains(code, StringComparison.Ordinal));
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Table))]
    public async Task Creating_a_record_of_a_kind_is_allowed_or_refused_by_role(string user, RecordKind kind, bool allowed)
    {
        using var scope = await app.SignedInScopeAsync(user);
        var before = (await app.CountsAsync()).Records;

        var result = await scope.Records().CreateAsync(await app.ValidInputAsync(kind, Day), confirmDuplicate: true);

        if (allowed)
        {
            Assert.True(result.Succeeded, $"{user} {kind}: " + string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        }
        else
        {
            Assert.False(result.Succeeded);
            Assert.StartsWith("您的角色不能登记或修改", result.ErrorFor(""), StringComparison.Ordinal);
            Assert.Equal(before, (await app.CountsAsync()).Records);
        }
    }

    [Fact]
    public async Task Editing_deleting_and_attaching_files_follow_the_same_table()
    {
        using var secretary = await app.SignedInScopeAsync("shuji1");
        var evaluation = await secretary.Records().CreateAsync(await app.ValidInputAsync(RecordKind.SupervisorEvaluation, Day), confirmDuplicate: true);
        var ledger = await secretary.Records().CreateAsync(await app.ValidInputAsync(RecordKind.DemandLedger, Day), confirmDuplicate: true);
        Assert.True(evaluation.Succeeded && ledger.Succeeded);

        var attached = await secretary.Attachments().UploadAsync(evaluation.RecordId, "考评表.pdf", new MemoryStream(Pdf));
        Assert.True(attached.Succeeded, string.Join("; ", attached.Errors.SelectMany(e => e.Value)));
        long attachmentId;
        await using (var db = app.CreateDbContext())
        {
            attachmentId = await db.Attachments.Where(a => a.RecordId == evaluation.RecordId).Select(a => a.Id).SingleAsync();
        }

        using var manager = await app.SignedInScopeAsync("jingli1");
        var evaluationInput = (await manager.Records().LoadInputAsync(evaluation.RecordId))!;
        evaluationInput.Content = "客户经理改写的考评意见";
        Assert.StartsWith("您的角色不能登记或修改", (await manager.Records().UpdateAsync(evaluation.RecordId, evaluationInput, confirmDuplicate: true)).ErrorFor(""), StringComparison.Ordinal);
        Assert.StartsWith("您的角色不能登记或修改", (await manager.Records().DeleteAsync(evaluation.RecordId, null)).ErrorFor(""), StringComparison.Ordinal);
        Assert.StartsWith("您的角色不能登记或修改", (await manager.Attachments().UploadAsync(evaluation.RecordId, "改写.pdf", new MemoryStream(Pdf))).ErrorFor(""), StringComparison.Ordinal);
        Assert.StartsWith("您的角色不能登记或修改", (await manager.Attachments().DeleteAsync(attachmentId)).ErrorFor(""), StringComparison.Ordinal);
        await using (var db = app.CreateDbContext())
        {
            var stored = await db.Records.Include(r => r.Attachments).SingleAsync(r => r.Id == evaluation.RecordId);
            Assert.NotEqual("客户经理改写的考评意见", stored.Content);
            Assert.Equal("考评表.pdf", Assert.Single(stored.Attachments).FileName);
        }

        var ledgerInput = (await manager.Records().LoadInputAsync(ledger.RecordId))!;
        ledgerInput.Content = "客户经理补充：已解决村民报修2件。";
        Assert.True((await manager.Records().UpdateAsync(ledger.RecordId, ledgerInput, confirmDuplicate: true)).Succeeded);
        Assert.True((await manager.Records().DeleteAsync(ledger.RecordId, null)).Succeeded);
    }

    [Fact]
    public async Task County_roles_may_file_every_kind_by_the_table_but_write_no_station_records()
    {
        Assert.All(RecordKindInfo.All, k => Assert.True(k.MayBeFiledBy(["纪委领导"]) && k.MayBeFiledBy(["管理员"]), k.Name));
        using var jiwei = await app.SignedInScopeAsync("jiwei");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await jiwei.Records().CreateAsync(await app.ValidInputAsync(RecordKind.Violation, Day), confirmDuplicate: true));
    }

    [Fact]
    public void The_import_files_as_administrator_who_may_file_every_kind()
    {
        Assert.Equal("管理员", EvidenceImporter.FilesAs);
        Assert.All(RecordKindInfo.All, k => Assert.True(k.MayBeFiledBy([EvidenceImporter.FilesAs]), k.Name));
    }

    [Fact]
    public void The_table_here_matches_the_record_kind_definitions()
    {
        foreach (var info in RecordKindInfo.All)
        {
            var codes = string.Concat(Users.Where(u => info.FiledBy.Contains(RoleOf(u.Code))).Select(u => u.Code));
            Assert.True(Expected[info.Kind] == codes, $"{info.Kind}: expected {Expected[info.Kind]}, RecordKindInfo says {codes}");
        }
    }

    private static string RoleOf(char code) => code switch { 'S' => "支部书记", 'J' => "廉政监督员", _ => "客户经理" };
}

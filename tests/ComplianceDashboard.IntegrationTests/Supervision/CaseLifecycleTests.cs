using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>A 信访举报 case over the real database: intake to a 属实 conclusion that records the QL-2022 deduction, linked both ways.</summary>
public class CaseLifecycleTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Today = RecordTestHelpers.Today;

    private async Task<CaseService> AsAsync(string userName) =>
        (await app.SignedInScopeAsync(userName)).ServiceProvider.GetRequiredService<CaseService>();

    /// <summary>A station with no 越级信访举报 this year, so item 24 still has its 5 points.</summary>
    private async Task<int> StationWithoutPetitionAsync()
    {
        await using var db = app.CreateDbContext();
        var withPetition = await db.Records.Where(r => r.Kind == RecordKind.BypassPetition && r.EventDate.Year == 2026).Select(r => r.StationId).Distinct().ToListAsync();
        return await db.Stations.Where(s => !withPetition.Contains(s.Id)).OrderBy(s => s.Id).Select(s => s.Id).FirstAsync();
    }

    [Fact]
    public async Task A_referred_case_concluded_as_substantiated_records_the_item_24_deduction_and_both_sides_link()
    {
        var station = await StationWithoutPetitionAsync();
        var item24Before = (await app.ItemsAsync(station, 2026)).Single(i => i.Code == "24").Points;
        Assert.Equal(5m, item24Before);
        var leader = await AsAsync("jiwei");
        var registered = await leader.RegisterAsync(new CaseInput
        {
            Channel = CaseChannel.Referred, ReceivedOn = Today.AddDays(-20), Subject = "反映台区经理在装表接电中搭车收费", StationId = station,
            ConcernedText = "台区经理", Handler = "县纪委 王书记", ReporterName = "赵某某", ReporterContact = "13800001234",
        });
        Assert.True(registered.Succeeded, registered.Error);
        var id = registered.Value;
        var row = (await leader.GetAsync(id))!.Row;
        Assert.Equal(CaseStatus.Registered, row.Status);
        Assert.Equal(Today.AddDays(-20).AddDays(60), row.ConcludeBy);
        Assert.True(row.AcceptBy > row.ReceivedOn);

        Assert.True((await leader.AcceptAsync(id, Today.AddDays(-18))).Succeeded);
        Assert.True((await leader.AddProgressAsync(id, "调阅收费台账，约谈当事人")).Succeeded);

        var conclusion = new ConcludeInput
        {
            Outcome = CaseOutcome.Substantiated, Basis = "收费台账与客户陈述一致，当事人承认收取额外费用", ConcludedOn = Today.AddDays(-2),
            FeedbackOn = Today.AddDays(-1), FeedbackNote = "电话告知举报人核查结果", RiskKind = RecordKind.BypassPetition,
        };
        var missingReply = await leader.ConcludeAsync(id, conclusion);
        Assert.Equal("上级转办件须登记向上级纪委的回复", missingReply.ErrorFor("HigherReply"));

        conclusion.HigherReplyOn = Today.AddDays(-1);
        conclusion.HigherReplyNote = "已书面回复市公司纪委";
        var concluded = await leader.ConcludeAsync(id, conclusion);
        Assert.True(concluded.Succeeded, concluded.Error);

        var detail = (await leader.GetAsync(id))!;
        Assert.Equal(CaseStatus.Concluded, detail.Row.Status);
        var deduction = Assert.IsType<CaseDeduction>(detail.Deduction);
        Assert.Equal("24", deduction.ItemCode);
        Assert.Equal(5m, deduction.Points);
        Assert.Equal([CaseService.Registered, CaseService.Accepted, CaseService.Progress, CaseService.Concluded], detail.Steps.Select(s => s.Action));

        await using (var db = app.CreateDbContext())
        {
            var record = await db.Records.SingleAsync(r => r.Id == deduction.RecordId);
            Assert.Equal(RecordKind.BypassPetition, record.Kind);
            Assert.Equal(station, record.StationId);
            Assert.Contains(detail.Row.Number, record.Title, StringComparison.Ordinal);
            Assert.DoesNotContain("赵某某", record.Content, StringComparison.Ordinal);
            var change = await db.RecordChanges.SingleAsync(c => c.RecordId == record.Id);
            Assert.Equal("jiwei", change.ChangedBy);
            Assert.DoesNotContain("赵某某", change.AfterJson!, StringComparison.Ordinal);
        }
        // The record links back to its case, and the grade lost item 24's points at once (the record pipeline regraded).
        Assert.Equal(id, (await leader.CaseOfRecordAsync(deduction.RecordId))!.Id);
        Assert.Equal(0m, (await app.ItemsAsync(station, 2026)).Single(i => i.Code == "24").Points);
    }

    [Fact]
    public async Task An_unsubstantiated_case_creates_no_record_and_a_substantiated_one_can_link_an_existing_risk_record()
    {
        var leader = await AsAsync("jiwei");
        long existing;
        await using (var db = app.CreateDbContext())
        {
            // One no case links yet (the demo's substantiated cases link some).
            existing = await db.Records.Where(r => r.Kind == RecordKind.Violation && !db.ComplaintCases.Any(c => c.RiskRecordId == r.Id))
                .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
        }
        int station;
        await using (var db = app.CreateDbContext())
        {
            station = await db.Records.Where(r => r.Id == existing).Select(r => r.StationId).FirstAsync();
        }
        var (records, _, _, _, _) = await app.CountsAsync();

        var unfounded = (await leader.RegisterAsync(new CaseInput
        {
            Channel = CaseChannel.Phone, ReceivedOn = Today.AddDays(-5), Subject = "反映抄表员态度生硬", StationId = station, Handler = "李干事", AnonymousReporter = true,
        })).Value;
        Assert.True((await leader.AcceptAsync(unfounded, Today.AddDays(-4))).Succeeded);
        Assert.True((await leader.ConcludeAsync(unfounded, new ConcludeInput { Outcome = CaseOutcome.Unsubstantiated, Basis = "调听录音未见不当言行" })).Succeeded);
        Assert.Null((await leader.GetAsync(unfounded))!.Deduction);

        var linked = (await leader.RegisterAsync(new CaseInput
        {
            Channel = CaseChannel.Letter, ReceivedOn = Today.AddDays(-30), Subject = "反映员工收受客户礼品", StationId = station, Handler = "李干事", AnonymousReporter = true,
        })).Value;
        Assert.True((await leader.AcceptAsync(linked, Today.AddDays(-29))).Succeeded);
        var wrongKind = await leader.ConcludeAsync(linked, new ConcludeInput
        {
            Outcome = CaseOutcome.PartlySubstantiated, Basis = "部分情况属实", RiskKind = RecordKind.BypassPetition, LinkRecordId = existing,
        });
        Assert.NotNull(wrongKind.ErrorFor(nameof(ConcludeInput.LinkRecordId)));
        var ok = await leader.ConcludeAsync(linked, new ConcludeInput
        {
            Outcome = CaseOutcome.PartlySubstantiated, Basis = "部分情况属实", RiskKind = RecordKind.Violation, LinkRecordId = existing,
        });
        Assert.True(ok.Succeeded, string.Join(" ", ok.Messages));
        Assert.Equal(existing, (await leader.GetAsync(linked))!.Deduction!.RecordId);
        Assert.Equal(records, (await app.CountsAsync()).Records);
    }

    [Fact]
    public async Task Only_the_discipline_committee_handles_cases()
    {
        var secretary = await AsAsync("shuji1");
        await Assert.ThrowsAsync<ForbiddenException>(() => secretary.RegisterAsync(new CaseInput { Subject = "x" }));
        var manager = await AsAsync("jingli1");
        await Assert.ThrowsAsync<ForbiddenException>(() => manager.ListAsync());
    }
}

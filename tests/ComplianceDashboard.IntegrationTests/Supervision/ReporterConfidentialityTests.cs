using System.IO.Compression;
using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>
/// The reporter of a 信访举报 case is seen by 纪委领导 only: over HTTP a 支部书记 of the station concerned, a 客户经理 of it
/// and a 考评员 never get the name or contact — not on the pages, the JSON endpoints, the XLSX export or the audit log.
/// </summary>
public class ReporterConfidentialityTests(TestApp app) : IClassFixture<TestApp>
{
    private const string ReporterName = "钱保密举报人";
    private const string ReporterContact = "13912345678";

    private async Task<(long CaseId, long RecordId)> ConcludedCaseAsync()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var cases = scope.ServiceProvider.GetRequiredService<CaseService>();
        var today = RecordTestHelpers.Today;
        var id = (await cases.RegisterAsync(new CaseInput
        {
            Channel = CaseChannel.Online, ReceivedOn = today.AddDays(-12), Subject = "反映供电所员工违规收取费用", StationId = 1,
            ConcernedText = "营业厅员工", Handler = "县纪委 王书记", ReporterName = ReporterName, ReporterContact = ReporterContact,
        })).Value;
        Assert.True((await cases.AcceptAsync(id, today.AddDays(-11))).Succeeded);
        var concluded = await cases.ConcludeAsync(id, new ConcludeInput
        {
            Outcome = CaseOutcome.Substantiated, Basis = "经核实情况属实", ConcludedOn = today.AddDays(-1), FeedbackOn = today,
            FeedbackNote = "已向举报人反馈", RiskKind = RecordKind.Violation,
        });
        Assert.True(concluded.Succeeded, concluded.Error);
        var detail = (await cases.GetAsync(id))!;
        return (id, detail.Deduction!.RecordId);
    }

    private static async Task<string> ReadAsync(HttpResponseMessage response)
    {
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (bytes.Length > 2 && bytes[0] == 'P' && bytes[1] == 'K')
        {
            // An XLSX: every part of the package, as text.
            using var zip = new ZipArchive(new MemoryStream(bytes));
            var text = new System.Text.StringBuilder();
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                text.Append(await reader.ReadToEndAsync());
            }
            return text.ToString();
        }
        return System.Text.Encoding.UTF8.GetString(bytes);
    }

    private static string[] Paths(long caseId, long recordId) =>
    [
        "/supervision/cases", $"/supervision/cases/{caseId}", $"/records/{recordId}", "/supervision",
        "/api/supervision/cases", $"/api/supervision/cases/{caseId}", "/api/supervision/cases.xlsx", "/settings/audit",
    ];

    [Theory]
    [InlineData("shuji1")]
    [InlineData("jingli1")]
    [InlineData("kaoping")]
    public async Task The_reporter_is_never_shown_to_a_secretary_a_customer_manager_or_an_evaluator(string userName)
    {
        var (caseId, recordId) = await ConcludedCaseAsync();
        using var client = await app.SignInAsync(userName);
        foreach (var path in Paths(caseId, recordId))
        {
            var response = await client.GetAsync(path);
            var body = await ReadAsync(response);
            Assert.DoesNotContain(ReporterName, body, StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterContact, body, StringComparison.Ordinal);
        }
        if (userName != "jingli1")
        {
            // They do read the case itself (the secretary's station is the one concerned), just not who reported it.
            var detail = await ReadAsync(await client.GetAsync($"/api/supervision/cases/{caseId}"));
            Assert.Contains("反映供电所员工违规收取费用", detail, StringComparison.Ordinal);
            Assert.Contains("\"reporter\":null", detail, StringComparison.Ordinal);
        }
        else
        {
            Assert.NotEqual(HttpStatusCode.OK, (await client.GetAsync($"/api/supervision/cases/{caseId}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_discipline_leader_sees_the_reporter_on_the_page_the_endpoint_and_the_export_but_the_audit_log_never_holds_it()
    {
        var (caseId, _) = await ConcludedCaseAsync();
        using var client = await app.SignInAsync("jiwei");
        Assert.Contains(ReporterName, await ReadAsync(await client.GetAsync($"/supervision/cases/{caseId}")), StringComparison.Ordinal);
        Assert.Contains(ReporterContact, await ReadAsync(await client.GetAsync($"/api/supervision/cases/{caseId}")), StringComparison.Ordinal);
        Assert.Contains(ReporterName, await ReadAsync(await client.GetAsync("/api/supervision/cases.xlsx")), StringComparison.Ordinal);
        Assert.DoesNotContain(ReporterName, await ReadAsync(await client.GetAsync("/settings/audit")), StringComparison.Ordinal);
        using (var admin = await app.SignInAsync("admin"))
        {
            Assert.DoesNotContain(ReporterName, await ReadAsync(await admin.GetAsync($"/api/supervision/cases/{caseId}")), StringComparison.Ordinal);
            Assert.DoesNotContain(ReporterName, await ReadAsync(await admin.GetAsync("/api/supervision/cases.xlsx")), StringComparison.Ordinal);
        }

        // Nothing the audit log, the record history or the case history keep names the reporter.
        await using var db = app.CreateDbContext();
        Assert.Contains(await db.SignInAudits.Select(a => a.Detail).ToListAsync(), d => d.Contains("信访举报", StringComparison.Ordinal));
        Assert.DoesNotContain(await db.SignInAudits.Select(a => a.Detail).ToListAsync(), d => d.Contains(ReporterName, StringComparison.Ordinal));
        Assert.DoesNotContain(await db.RecordChanges.Select(c => (c.BeforeJson ?? "") + (c.AfterJson ?? "")).ToListAsync(), j => j.Contains(ReporterName, StringComparison.Ordinal));
        Assert.DoesNotContain(await db.CaseSteps.Select(s => s.StateJson + s.Note).ToListAsync(), j => j.Contains(ReporterName, StringComparison.Ordinal) || j.Contains(ReporterContact, StringComparison.Ordinal));
    }
}

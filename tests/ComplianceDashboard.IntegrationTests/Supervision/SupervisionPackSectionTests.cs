using System.IO.Compression;
using System.Text;
using ComplianceDashboard.IntegrationTests.MeetingPack;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.Web.Features.MeetingPack;
using ComplianceDashboard.Web.Features.Supervision;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>
/// The supervision chapter of the joint-meeting pack (built by the real job, downloaded through the real endpoint):
/// its figures are the supervision report page's for the same quarter and stations, its table lists the findings
/// overdue at quarter end, and no file of the pack carries a case reporter's name or contact.
/// </summary>
public class SupervisionPackSectionTests(MeetingPackFixture app) : IClassFixture<MeetingPackFixture>
{
    private async Task<SupervisionReport> ReportAsync(string userName)
    {
        using var scope = await app.SignedInScopeAsync(userName);
        return await scope.ServiceProvider.GetRequiredService<SupervisionDashboardService>().ReportAsync(2026, 3, null);
    }

    private static void AssertChapter(SupervisionReport report, byte[] docxBytes, byte[] pptxBytes, byte[] xlsxBytes)
    {
        var message = SupervisionPackSection.Message(report);
        Assert.Equal($"本季度新发现问题{report.Found}项，逾期未整改{report.OverdueAtEnd}项，信访举报{report.CasesReceived}件", message);

        using (var docx = WordprocessingDocument.Open(new MemoryStream(docxBytes), false))
        {
            var paragraphs = docx.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>().Select(p => p.InnerText).ToList();
            Assert.Contains(paragraphs, p => p.EndsWith("逾期问题与信访案件", StringComparison.Ordinal));
            Assert.Contains(paragraphs, p => p.StartsWith($"本季度新发现问题{report.Found}项，按期整改销号{report.RectifiedOnTime}项，逾期销号{report.ClosedLate}项；截至2026-09-30，逾期未整改问题{report.OverdueAtEnd}项", StringComparison.Ordinal));
            var outcomes = string.Join("，", report.CasesByOutcome.Select(kv => $"{SupervisionNames.Of(kv.Key)}{kv.Value}件"));
            Assert.Contains($"本季度收到信访举报{report.CasesReceived}件，办结{report.CasesConcluded}件（{outcomes}），截至2026-09-30尚未办结{report.CasesOpenAtEnd}件。", paragraphs);
        }
        using (var pptx = PresentationDocument.Open(new MemoryStream(pptxBytes), false))
        {
            Assert.Contains(pptx.PresentationPart!.SlideParts, s => s.Slide.Descendants<P.Shape>().Any(sh => sh.InnerText == message));
        }
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(xlsxBytes), false);
        var book = xlsx.WorkbookPart!;
        var sheet = book.Workbook.Descendants<S.Sheet>().Single(s => s.Name == "逾期问题与信访案件");
        var rows = ((WorksheetPart)book.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<S.Row>().ToList();
        Assert.Equal(report.OverdueAtEnd + 1, rows.Count); // header + one row per finding overdue at quarter end
    }

    [Fact]
    public async Task The_county_pack_has_the_supervision_chapter_with_the_report_pages_figures_for_the_quarter()
    {
        var report = await ReportAsync("jiwei");
        Assert.True(report.Found > 0);
        Assert.True(report.CasesReceived > 0);
        AssertChapter(report, app.Docx, app.Pptx, app.Xlsx);

        // The table: the overdue findings of the report's own computation, most overdue first, with the responsible person.
        await using var db = app.CreateDbContext();
        var overdue = (await db.Findings.AsNoTracking().Include(f => f.Station).ToListAsync())
            .Select(f => FindingService.Row(f, f.Station!.Name, new DateOnly(2026, 9, 30)))
            .Where(r => SupervisionDashboardService.OverdueAt(r, new DateOnly(2026, 9, 30))).ToList();
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(app.Xlsx), false);
        var text = string.Concat(xlsx.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "",
            string.Concat(xlsx.WorkbookPart.WorksheetParts.Select(w => w.Worksheet.InnerText)));
        Assert.All(overdue, f => Assert.Contains(f.Title, text, StringComparison.Ordinal));
        Assert.All(overdue, f => Assert.Contains(f.ResponsibleName, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_secretarys_station_pack_has_the_figures_of_their_report_page()
    {
        long id;
        using (var scope = await app.SignedInScopeAsync("shuji1"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<MeetingPackService>().RequestAsync(2026, 3, []);
            Assert.True(result.Succeeded);
            id = result.Value;
        }
        Assert.Equal(Web.Data.Entities.MeetingPackStatus.Done, (await app.WaitAsync(id)).Status);
        using var client = await app.SignInAsync("shuji1");
        var report = await ReportAsync("shuji1");
        var county = await ReportAsync("jiwei");
        Assert.True(report.Found < county.Found);
        AssertChapter(report, await client.GetByteArrayAsync($"/api/meeting-packs/{id}/docx"),
            await client.GetByteArrayAsync($"/api/meeting-packs/{id}/pptx"), await client.GetByteArrayAsync($"/api/meeting-packs/{id}/xlsx"));
    }

    [Fact]
    public async Task No_file_of_the_pack_carries_a_case_reporters_name_or_contact()
    {
        await using var db = app.CreateDbContext();
        var secrets = (await db.CaseReporters.AsNoTracking().ToListAsync()).SelectMany(r => new[] { r.Name, r.Contact })
            .Where(s => s.Length > 0).Distinct().ToList();
        Assert.NotEmpty(secrets);
        foreach (var file in new[] { app.Docx, app.Pptx, app.Xlsx })
        {
            using var zip = new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read);
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = await reader.ReadToEndAsync();
                Assert.All(secrets, s => Assert.DoesNotContain(s, text, StringComparison.Ordinal));
            }
        }
    }
}

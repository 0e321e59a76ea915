using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.MeetingPack;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ComplianceDashboard.IntegrationTests.MeetingPack;

/// <summary>A module's <see cref="IMeetingPackSection"/> becomes a chapter of the report, a slide and a sheet.</summary>
public class MeetingPackSectionTests(MeetingPackSectionTests.SectionApp app) : IClassFixture<MeetingPackSectionTests.SectionApp>
{
    [Fact]
    public async Task A_registered_section_is_a_numbered_chapter_a_slide_titled_with_its_message_and_a_typed_sheet()
    {
        long id;
        using (var scope = await app.SignedInScopeAsync("jiwei"))
        {
            id = (await scope.ServiceProvider.GetRequiredService<MeetingPackService>().RequestAsync(2026, 3, [])).Value;
        }
        var pack = await Poll.UntilAsync(async () =>
        {
            await using var db = app.CreateDbContext();
            var p = await db.MeetingPacks.FindAsync(id);
            return p is { Status: MeetingPackStatus.Done or MeetingPackStatus.Failed } ? p : null;
        });
        Assert.Equal(MeetingPackStatus.Done, pack.Status);
        Assert.Equal([2026, 3], OtherModule.Seen);

        using var client = await app.SignInAsync("jiwei");
        using (var docx = WordprocessingDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/api/meeting-packs/{id}/docx")), false))
        {
            var headings = docx.MainDocumentPart!.Document.Body!.Elements<W.Paragraph>()
                .Where(p => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "PackHeading1").Select(p => p.InnerText).ToList();
            // The supervision module's own chapter (Order 10) comes first, then this one (Order 20), then next quarter's duties.
            Assert.Equal("五、逾期问题与信访案件", headings[4]);
            Assert.Equal("六、其他模块章节", headings[5]);
            Assert.Equal("七、下季度重点履职事项", headings[6]);
        }
        using (var pptx = PresentationDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/api/meeting-packs/{id}/pptx")), false))
        {
            Assert.Contains(pptx.PresentationPart!.SlideParts, s => s.Slide.Descendants<P.Shape>().Any(sh => sh.InnerText == "其他模块待办问题2项"));
        }
        using var xlsx = SpreadsheetDocument.Open(new MemoryStream(await client.GetByteArrayAsync($"/api/meeting-packs/{id}/xlsx")), false);
        var book = xlsx.WorkbookPart!;
        var sheet = book.Workbook.Descendants<S.Sheet>().Single(s => s.Name == "其他模块章节");
        var rows = ((WorksheetPart)book.GetPartById(sheet.Id!.Value!)).Worksheet.Descendants<S.Row>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Null(rows[1].Elements<S.Cell>().ElementAt(2).DataType); // days overdue: a number
    }

    public sealed class SectionApp : TestApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddScoped<IMeetingPackSection, OtherModule>());
        }
    }

    private sealed class OtherModule : IMeetingPackSection
    {
        public static int[] Seen { get; private set; } = [];

        public int Order => 20;

        public Task<MeetingPackSectionContent?> BuildAsync(MeetingPackRequest request, CancellationToken ct)
        {
            Seen = [request.Year, request.Quarter];
            return Task.FromResult<MeetingPackSectionContent?>(new("其他模块章节", "其他模块待办问题2项", ["截至季度末，其他模块待办问题2项。"],
                ["问题", "站所", "逾期天数"], [["服务公开栏未更新", "桐琴供电所", 12], ["走访记录缺失", "泉溪供电所", 5]]));
        }
    }
}

using ComplianceDashboard.BrowserTests.Infrastructure;
using ComplianceDashboard.BrowserTests.Pages;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Playwright;

namespace ComplianceDashboard.BrowserTests.Records;

/// <summary>Download the template, upload it with mistakes, see them, fix them, import.</summary>
[Collection(WritingAppServerGroup.Name)]
public class RecordImportTests(AppServer server) : BrowserTest(server)
{
    [Fact]
    public async Task Secretary_downloads_a_template_sees_the_bad_rows_then_imports_the_corrected_sheet()
    {
        var page = await Server.NewSignedInPageAsync("shuji1", "/records/import?station=1&kind=Publicity");
        var import = new RecordImportPage(page);
        await import.OpenAsync("station=1&kind=Publicity");
        var template = await import.DownloadTemplateAsync();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")));
        var day = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = $"用电宣传（浏览器导入 {Guid.NewGuid():N}）"[..24];

        await import.UploadAsync("bad.xlsx", Fill(template, [day, "", title, "进村宣传错峰用电。"], ["2026-13-01", "", "", "内容"]));
        await Assertions.Expect(import.Errors).ToContainTextAsync("日期“2026-13-01”无效");
        await Assertions.Expect(import.Errors.Locator("tbody tr").First).ToContainTextAsync("3");
        await Assertions.Expect(import.Import).ToBeDisabledAsync();
        await Screenshots.SaveAsync(page, new() { Path = Path.Combine(AppServer.ArtifactsFolder, "record-import-errors.png"), FullPage = true });

        await import.UploadAsync("good.xlsx", Fill(template, [day, "", title, "进村宣传错峰用电。"]));
        await Assertions.Expect(import.Rows).ToContainTextAsync(title);
        await Assertions.Expect(import.Errors).ToHaveCountAsync(0);
        await import.Import.ClickAsync();
        await Assertions.Expect(page.GetByText("已导入 1 条记录，评分已重新计算")).ToBeVisibleAsync();

        await page.GotoAsync($"/records?station=1&kind=Publicity&q={Uri.EscapeDataString(title)}");
        await Assertions.Expect(page.GetByTestId("records-grid").GetByRole(AriaRole.Link, new() { Name = title })).ToBeVisibleAsync();
    }

    /// <summary>The template with rows below its header, as typed into a spreadsheet.</summary>
    private static byte[] Fill(byte[] template, params string[][] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
            var data = ((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!)).Worksheet.GetFirstChild<SheetData>()!;
            for (var r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)r + 2 };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c].Length > 0)
                    {
                        row.Append(new Cell(new InlineString(new Text(rows[r][c]))) { CellReference = $"{(char)('A' + c)}{r + 2}", DataType = CellValues.InlineString });
                    }
                }
                data.Append(row);
            }
        }
        return stream.ToArray();
    }
}

using System.Text;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Export;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Export;

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class TableExportTests
{
    private sealed record Station(string Name, string Township, int Points, decimal Rate, DateOnly Due, string? Note);

    private static readonly Station[] Rows =
    [
        new("桐琴供电所", "桐琴镇", 4, 0.875m, new DateOnly(2026, 3, 31), "按时"),
        new("泉溪供电所", "泉溪乡", 2, 0.5m, new DateOnly(2026, 11, 2), "逾期, 补录\"会议纪要\"\n第二行"),
        new("履坦供电所", "履坦乡", 0, 0m, new DateOnly(2025, 1, 1), null),
    ];

    private static readonly ExportColumn<Station>[] Columns =
    [
        new("站所", r => r.Name),
        new("乡镇", r => r.Township),
        new("服务站点", r => r.Points, ExportColumnType.Number),
        new("按时率", r => r.Rate, ExportColumnType.Percent),
        new("截止日期", r => r.Due, ExportColumnType.Date),
        new("备注", r => r.Note),
    ];

    private static TableExport Exporter()
    {
        // 2026-11-21 17:30 UTC is already 2026-11-22 in Shanghai.
        var time = new FixedTimeProvider(new DateTimeOffset(2026, 11, 21, 17, 30, 0, TimeSpan.Zero));
        return new TableExport(new AppClock(time, Options.Create(new AppOptions { TimeZone = "Asia/Shanghai" })));
    }

    [Fact]
    public void File_names_carry_the_title_and_today_in_Shanghai()
    {
        var exporter = Exporter();

        var xlsx = exporter.ToXlsx("站所列表", Columns, Rows);
        var csv = exporter.ToCsv("站所列表", Columns, Rows);

        Assert.Equal("站所列表_2026-11-22.xlsx", xlsx.FileName);
        Assert.Equal(TableExport.XlsxContentType, xlsx.ContentType);
        Assert.Equal("站所列表_2026-11-22.csv", csv.FileName);
        Assert.StartsWith("text/csv", csv.ContentType, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_reopens_with_the_Chinese_sheet_name_headers_and_every_row()
    {
        var file = Exporter().ToXlsx("站所列表", Columns, Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var workbook = document.WorkbookPart!;
        var sheet = Assert.Single(workbook.Workbook.Sheets!.Elements<Sheet>());
        Assert.Equal("站所列表", sheet.Name!.Value);
        var worksheet = ((WorksheetPart)workbook.GetPartById(sheet.Id!)).Worksheet;
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();

        Assert.Equal(Rows.Length + 2, rows.Count); // title row, header row, data
        Assert.Equal(Columns.Select(c => c.Header), rows[1].Elements<Cell>().Select(TextOf));
        for (var i = 0; i < Rows.Length; i++)
        {
            var cells = rows[i + 2].Elements<Cell>().ToList();
            Assert.Equal(Rows[i].Name, TextOf(cells[0]));
            Assert.Equal(Rows[i].Township, TextOf(cells[1]));
            Assert.Equal(Rows[i].Note ?? "", TextOf(cells[5]));
        }
    }

    [Fact]
    public void Xlsx_numbers_are_numbers_and_dates_are_serials_with_the_date_style()
    {
        var file = Exporter().ToXlsx("站所列表", Columns, Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var first = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ElementAt(2).Elements<Cell>().ToList();

        var points = first[2];
        Assert.True(points.DataType is null || points.DataType.Value == CellValues.Number);
        Assert.Equal("4", points.CellValue!.Text);

        var rate = first[3];
        Assert.True(rate.DataType is null || rate.DataType.Value == CellValues.Number);
        Assert.Equal(0.875, double.Parse(rate.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("0.0%", FormatCodeOf(workbook, rate));

        var due = first[4];
        Assert.True(due.DataType is null || due.DataType.Value == CellValues.Number);
        Assert.Equal(new DateTime(2026, 3, 31), DateTime.FromOADate(double.Parse(due.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("yyyy-mm-dd", FormatCodeOf(workbook, due));
    }

    [Fact]
    public void Xlsx_header_row_is_bold_and_frozen_and_columns_have_widths()
    {
        var file = Exporter().ToXlsx("站所列表", Columns, Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);
        Assert.Equal("A3", pane.TopLeftCell!.Value); // title and header rows stay in view
        var header = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ElementAt(1).Elements<Cell>().First();
        var format = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ElementAt((int)header.StyleIndex!.Value);
        var font = workbook.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ElementAt((int)format.FontId!.Value);
        Assert.NotNull(font.Bold);
        var widths = worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(Columns.Length, widths.Count);
        Assert.All(widths, w => Assert.InRange(w, 8, 60));
        Assert.True(widths[5] > widths[2], "the long note column is wider than the number column");
    }

    [Fact]
    public void Xlsx_starts_with_a_title_row_naming_what_the_filters_and_the_time_and_filters_the_header_row()
    {
        var file = Exporter().Create(ExportFormat.Xlsx, "站所列表", "乡镇：桐琴镇", Columns, Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var workbook = document.WorkbookPart!;
        var worksheet = workbook.WorksheetParts.Single().Worksheet;
        var title = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First();
        Assert.Equal(1u, title.RowIndex!.Value);
        // 2026-11-21 17:30 UTC is 2026-11-22 01:30 in Shanghai.
        Assert.Equal("站所列表 · 乡镇：桐琴镇 · 截至 2026-11-22 01:30", TextOf(title.Elements<Cell>().Single()));
        var autoFilter = worksheet.GetFirstChild<AutoFilter>();
        Assert.NotNull(autoFilter);
        Assert.Equal("A2:F5", autoFilter.Reference!.Value);
        var name = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Single();
        Assert.Equal("_xlnm._FilterDatabase", name.Name!.Value);
        Assert.Equal("'站所列表'!$A$2:$F$5", name.Text);
    }

    [Fact]
    public void Xlsx_without_filters_still_has_a_title_row_and_an_autofilter()
    {
        var file = Exporter().ToXlsx("站所列表", Columns, Rows);

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var title = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().First();
        Assert.Equal("站所列表 · 截至 2026-11-22 01:30", TextOf(title.Elements<Cell>().Single()));
        Assert.Equal("A2:F5", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
    }

    [Fact]
    public async Task Xlsx_streams_every_row_of_a_large_async_source()
    {
        static async IAsyncEnumerable<Station> Many(int count)
        {
            for (var i = 0; i < count; i++)
            {
                yield return new Station($"站所{i}", "乡镇", i, 0.5m, new DateOnly(2026, 1, 1).AddDays(i % 365), null);
                if (i % 1000 == 0)
                {
                    await Task.Yield();
                }
            }
        }

        var file = await Exporter().CreateAsync(ExportFormat.Xlsx, "站所列表", null, Columns, Many(7000));

        using var document = SpreadsheetDocument.Open(new MemoryStream(file.Content), false);
        var worksheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        var rows = worksheet.GetFirstChild<SheetData>()!.Elements<Row>().ToList();
        Assert.Equal(7002, rows.Count);
        Assert.Equal("站所6999", TextOf(rows[^1].Elements<Cell>().First()));
        Assert.Equal("A2:F7002", worksheet.GetFirstChild<AutoFilter>()!.Reference!.Value);
    }

    [Fact]
    public void Sheet_names_drop_characters_Excel_forbids_and_stay_within_31()
    {
        Assert.Equal("2026年11月站所列表", XlsxWriter.SheetName("2026年11月[站所]列表?"));
        Assert.Equal(31, XlsxWriter.SheetName(new string('站', 40)).Length);
    }

    [Fact]
    public void Csv_starts_with_the_UTF8_BOM_and_round_trips_Chinese_text_and_quoting()
    {
        var file = Exporter().ToCsv("站所列表", Columns, Rows);

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, file.Content[..3]);
        var text = Encoding.UTF8.GetString(file.Content, 3, file.Content.Length - 3);
        Assert.Equal(
            "站所,乡镇,服务站点,按时率,截止日期,备注\r\n" +
            "桐琴供电所,桐琴镇,4,87.5%,2026-03-31,按时\r\n" +
            "泉溪供电所,泉溪乡,2,50.0%,2026-11-02,\"逾期, 补录\"\"会议纪要\"\"\n第二行\"\r\n" +
            "履坦供电所,履坦乡,0,0.0%,2025-01-01,\r\n",
            text);
        var parsed = ParseCsv(text);
        Assert.Equal(Rows.Length + 1, parsed.Count);
        Assert.Equal("逾期, 补录\"会议纪要\"\n第二行", parsed[2][5]);
    }

    [Fact]
    public void Csv_keeps_text_that_looks_like_a_formula_as_text()
    {
        var columns = new ExportColumn<string>[] { new("备注", s => s), new("差值", s => -3, ExportColumnType.Number) };

        var file = Exporter().ToCsv("测试", columns, ["=HYPERLINK(\"http://x\")"]);

        var text = Encoding.UTF8.GetString(file.Content, 3, file.Content.Length - 3);
        Assert.Equal("备注,差值\r\n\"'=HYPERLINK(\"\"http://x\"\")\",-3\r\n", text);
    }

    [Theory]
    [InlineData("+1+2", "'+1+2")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("a=1", "a=1")]
    public void Csv_neutralises_every_formula_start_in_text_cells(string cell, string written)
    {
        var columns = new ExportColumn<string>[] { new("备注", s => s) };

        var file = Exporter().ToCsv("测试", columns, [cell]);

        Assert.Equal("备注\r\n" + written + "\r\n", Encoding.UTF8.GetString(file.Content, 3, file.Content.Length - 3));
    }

    private static string TextOf(Cell cell) =>
        cell.DataType?.Value == CellValues.InlineString ? cell.InlineString!.Text!.Text : cell.CellValue?.Text ?? "";

    private static string? FormatCodeOf(WorkbookPart workbook, Cell cell)
    {
        var styles = workbook.WorkbookStylesPart!.Stylesheet;
        var format = styles.CellFormats!.Elements<CellFormat>().ElementAt((int)cell.StyleIndex!.Value);
        return styles.NumberingFormats!.Elements<NumberingFormat>()
            .SingleOrDefault(n => n.NumberFormatId!.Value == format.NumberFormatId!.Value)?.FormatCode?.Value;
    }

    /// <summary>A small RFC 4180 reader, independent of the writer.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') { quoted = false; }
                else { field.Append(c); }
            }
            else if (c == '"') { quoted = true; }
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') { row.Add(field.ToString()); field.Clear(); rows.Add(row); row = []; i++; }
            else { field.Append(c); }
        }
        return rows;
    }
}

using ComplianceDashboard.Web.Infrastructure.Export;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>
/// A workbook of <see cref="PackTable"/>s, one sheet each, header in row 1 and data from row 2, cells typed (numbers as
/// numbers, dates as dates yyyy-mm-dd, text as text). The pack's .xlsx is one; each slide chart embeds another with its data.
/// </summary>
public static class PackWorkbook
{
    private const uint HeaderStyle = 1, DateStyle = 2;

    public static byte[] Write(IEnumerable<PackTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheets = new Sheets();
            var used = new HashSet<string>(StringComparer.Ordinal);
            uint id = 0;
            foreach (var table in tables)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                part.Worksheet = Sheet(table);
                var name = XlsxWriter.SheetName(table.Sheet);
                for (var n = 2; !used.Add(name); n++)
                {
                    name = XlsxWriter.SheetName($"{table.Sheet[..Math.Min(27, table.Sheet.Length)]}{n.ToString(CultureInfo.InvariantCulture)}");
                }
                sheets.Append(new Sheet { Id = workbookPart.GetIdOfPart(part), SheetId = ++id, Name = name });
            }
            workbookPart.Workbook.Append(sheets);
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>"A".."Z", "AA"… for a 0-based column.</summary>
    public static string Column(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    private static Worksheet Sheet(PackTable table)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            header.Append(Text(Reference(c, 1), table.Columns[c], HeaderStyle));
        }
        data.Append(header);
        uint index = 1;
        foreach (var row in table.Rows)
        {
            index++;
            var line = new Row { RowIndex = index };
            for (var c = 0; c < row.Count; c++)
            {
                line.Append(Cell(Reference(c, index), row[c].Value));
            }
            data.Append(line);
        }
        var widths = new Columns([.. table.Columns.Select((h, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = Math.Clamp(table.Rows.Select(r => i < r.Count ? r[i].Text : "").Append(h).Max(t => t.Sum(ch => ch >= 0x2E80 ? 2.1 : 1.0)) + 2, 8, 80),
            CustomWidth = true,
        })]);
        return new Worksheet(widths, data);
    }

    private static Cell Cell(string reference, object? value) => value switch
    {
        null => new Cell { CellReference = reference },
        decimal d => Number(reference, (double)d, null),
        double d => Number(reference, d, null),
        int i => Number(reference, i, null),
        long l => Number(reference, l, null),
        DateOnly date => Number(reference, ExportValues.ExcelSerial(date), DateStyle),
        DateTime time => Number(reference, ExportValues.ExcelSerial(DateOnly.FromDateTime(time)), DateStyle),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", null),
    };

    private static Cell Number(string reference, double value, uint? style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static Cell Text(string reference, string text, uint? style) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
        StyleIndex = style,
    };

    private static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    private static Stylesheet Styles() => new(
        new NumberingFormats(new NumberingFormat { NumberFormatId = 164, FormatCode = "yyyy-mm-dd" }) { Count = 1 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 164, ApplyNumberFormat = true }) { Count = 3 });
}

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
    // Wider than a list export's columns: the pack's sheets hold sentences (missing duties, deductions).
    private const double MaxWidth = 80;

    public static byte[] Write(IEnumerable<PackTable> tables)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxWriter.Styles();
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

    private static Worksheet Sheet(PackTable table)
    {
        var data = new SheetData();
        var header = new Row { RowIndex = 1 };
        for (var c = 0; c < table.Columns.Count; c++)
        {
            header.Append(Text(XlsxWriter.Reference(c, 1), table.Columns[c], XlsxWriter.HeaderStyle));
        }
        data.Append(header);
        uint index = 1;
        foreach (var row in table.Rows)
        {
            index++;
            var line = new Row { RowIndex = index };
            for (var c = 0; c < row.Count; c++)
            {
                line.Append(Cell(XlsxWriter.Reference(c, index), row[c].Value));
            }
            data.Append(line);
        }
        var widths = new Columns([.. table.Columns.Select((h, i) => new Column
        {
            Min = (uint)(i + 1),
            Max = (uint)(i + 1),
            Width = table.Rows.Select(r => i < r.Count ? r[i].Text : "").Append(h).Max(t => XlsxWriter.Width(t, MaxWidth)),
            CustomWidth = true,
        })]);
        return new Worksheet(widths, data);
    }

    private static Cell Cell(string reference, object? value) => value switch
    {
        null => new Cell { CellReference = reference },
        decimal d => XlsxWriter.NumberCell(reference, (double)d, null),
        double d => XlsxWriter.NumberCell(reference, d, null),
        int i => XlsxWriter.NumberCell(reference, i, null),
        long l => XlsxWriter.NumberCell(reference, l, null),
        DateOnly date => XlsxWriter.NumberCell(reference, ExportValues.ExcelSerial(date), XlsxWriter.DateStyle),
        DateTime time => XlsxWriter.NumberCell(reference, ExportValues.ExcelSerial(DateOnly.FromDateTime(time)), XlsxWriter.DateStyle),
        _ => Text(reference, Convert.ToString(value, CultureInfo.InvariantCulture) ?? "", null),
    };

    private static Cell Text(string reference, string text, uint? style)
    {
        var cell = XlsxWriter.TextCell(reference, text);
        cell.StyleIndex = style;
        return cell;
    }
}

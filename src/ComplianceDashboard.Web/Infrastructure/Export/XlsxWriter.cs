using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>One-sheet XLSX with typed cells, a bold frozen header row and widths fitted to the content.</summary>
public static class XlsxWriter
{
    // Cell style indexes in the stylesheet below.
    public const uint HeaderStyle = 1;
    public const uint DateStyle = 2;
    public const uint PercentStyle = 3;
    public const uint DateFormatId = 164;
    public const uint PercentFormatId = 165;

    public static byte[] Write<T>(string sheetName, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            workbookPart.Workbook = new Workbook();
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
            var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

            var widths = columns.Select(c => Width(c.Header)).ToArray();
            var data = new SheetData();
            data.Append(HeaderRow(columns));
            uint rowIndex = 1;
            foreach (var item in rows)
            {
                rowIndex++;
                var row = new Row { RowIndex = rowIndex };
                for (var i = 0; i < columns.Count; i++)
                {
                    var value = columns[i].Value(item);
                    row.Append(Cell(Reference(i, rowIndex), value, columns[i].Type));
                    widths[i] = Math.Max(widths[i], Width(ExportValues.Display(value, columns[i].Type)));
                }
                data.Append(row);
            }

            sheetPart.Worksheet = new Worksheet(FrozenHeader(), Columns(widths), data);
            workbookPart.Workbook.Append(new Sheets(new Sheet
            {
                Id = workbookPart.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = SheetName(sheetName),
            }));
            workbookPart.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>Excel: at most 31 characters, none of []:*?/\ .</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Where(c => "[]:*?/\\".IndexOf(c) < 0).ToArray()).Trim('\'', ' ');
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }

    private static Row HeaderRow<T>(IReadOnlyList<ExportColumn<T>> columns)
    {
        var row = new Row { RowIndex = 1 };
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = TextCell(Reference(i, 1), columns[i].Header);
            cell.StyleIndex = HeaderStyle;
            row.Append(cell);
        }
        return row;
    }

    private static Cell Cell(string reference, object? value, ExportColumnType type)
    {
        switch (type)
        {
            case ExportColumnType.Number when ExportValues.Number(value) is { } n:
                return NumberCell(reference, n, null);
            case ExportColumnType.Percent when ExportValues.Number(value) is { } p:
                return NumberCell(reference, p, PercentStyle);
            case ExportColumnType.Date when ExportValues.Date(value) is { } d:
                return NumberCell(reference, ExportValues.ExcelSerial(d), DateStyle);
            case ExportColumnType.Text:
                return TextCell(reference, ExportValues.Text(value));
            default:
                return new Cell { CellReference = reference };
        }
    }

    private static Cell NumberCell(string reference, double value, uint? style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    private static Cell TextCell(string reference, string text) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
    };

    private static SheetViews FrozenHeader() => new(new SheetView(
        new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
        new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } })
    { WorkbookViewId = 0 });

    private static Columns Columns(double[] widths) => new(widths.Select((w, i) => new Column
    {
        Min = (uint)(i + 1),
        Max = (uint)(i + 1),
        Width = w,
        CustomWidth = true,
    }));

    /// <summary>Character units for the text plus padding; CJK characters are about two units wide.</summary>
    private static double Width(string text)
    {
        var units = text.Sum(c => c >= 0x2E80 ? 2.1 : 1.0);
        return Math.Clamp(units + 2, 8, 60);
    }

    private static string Reference(int column, uint row)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name + row.ToString(CultureInfo.InvariantCulture);
    }

    private static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = PercentFormatId, ApplyNumberFormat = true }) { Count = 4 });
}

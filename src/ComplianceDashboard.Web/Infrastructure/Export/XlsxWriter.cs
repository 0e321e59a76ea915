using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>
/// One-sheet XLSX with typed cells: a title row (what, which filters, as of when), a bold frozen header row with an
/// autofilter, dates as real dates (yyyy-mm-dd) and widths fitted to the content. Rows are written one by one with
/// the SAX writer, so a large export does not build the whole sheet in memory.
/// </summary>
public static class XlsxWriter
{
    // Cell style indexes in the stylesheet below.
    public const uint HeaderStyle = 1;
    public const uint DateStyle = 2;
    public const uint PercentStyle = 3;
    public const uint TitleStyle = 4;
    public const uint DateFormatId = 164;
    public const uint PercentFormatId = 165;

    /// <summary>Row of the column headers (row 1 is the title row); data starts below it.</summary>
    public const uint HeaderRowIndex = 2;

    // Column widths are fitted to the headers and the first rows (the widths come before the rows in the file).
    private const int WidthSampleRows = 500;

    /// <summary>The sheet as bytes; the title row repeats the sheet name.</summary>
    public static byte[] Write<T>(string sheetName, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        Write(sheetName, sheetName, columns, rows);

    /// <summary>The sheet as bytes, with <paramref name="titleLine"/> in row 1.</summary>
    public static byte[] Write<T>(string sheetName, string titleLine, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        using var stream = new MemoryStream();
        WriteAsync(stream, sheetName, titleLine, columns, ToAsync(rows)).AsTask().GetAwaiter().GetResult();
        return stream.ToArray();
    }

    /// <summary>Streams the rows into <paramref name="output"/> (seekable); returns how many data rows were written.</summary>
    public static async ValueTask<int> WriteAsync<T>(Stream output, string sheetName, string titleLine, IReadOnlyList<ExportColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct = default)
    {
        var count = 0;
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();

        await using var source = rows.GetAsyncEnumerator(ct);
        // A sample of the first rows decides the column widths.
        var sample = new List<T>();
        var more = true;
        while (sample.Count < WidthSampleRows && (more = await source.MoveNextAsync()))
        {
            sample.Add(source.Current);
        }
        var widths = columns.Select(c => Width(c.Header)).ToArray();
        foreach (var item in sample)
        {
            for (var i = 0; i < columns.Count; i++)
            {
                widths[i] = Math.Max(widths[i], Width(ExportValues.Display(columns[i].Value(item), columns[i].Type)));
            }
        }

        using (var writer = OpenXmlWriter.Create(sheetPart))
        {
            writer.WriteStartElement(new Worksheet());
            writer.WriteElement(FrozenHeader());
            writer.WriteElement(Columns(widths));
            writer.WriteStartElement(new SheetData());
            writer.WriteElement(TitleRow(titleLine));
            writer.WriteElement(HeaderRow(columns));
            var rowIndex = HeaderRowIndex;
            foreach (var item in sample)
            {
                writer.WriteElement(DataRow(columns, item, ++rowIndex));
                count++;
            }
            while (more && await source.MoveNextAsync())
            {
                writer.WriteElement(DataRow(columns, source.Current, ++rowIndex));
                count++;
            }
            writer.WriteEndElement(); // sheetData
            if (columns.Count > 0)
            {
                writer.WriteElement(new AutoFilter { Reference = $"{Reference(0, HeaderRowIndex)}:{Reference(columns.Count - 1, rowIndex)}" });
            }
            writer.WriteEndElement(); // worksheet
        }

        var sheetTitle = SheetName(sheetName);
        workbookPart.Workbook.Append(new Sheets(new Sheet
        {
            Id = workbookPart.GetIdOfPart(sheetPart),
            SheetId = 1,
            Name = sheetTitle,
        }));
        if (columns.Count > 0)
        {
            // Excel shows the filter buttons only with this hidden name on the filtered range.
            workbookPart.Workbook.Append(new DefinedNames(new DefinedName
            {
                Name = "_xlnm._FilterDatabase",
                LocalSheetId = 0,
                Hidden = true,
                Text = $"'{sheetTitle.Replace("'", "''", StringComparison.Ordinal)}'!${Column(0)}${HeaderRowIndex}:${Column(columns.Count - 1)}${HeaderRowIndex + (uint)count}",
            }));
        }
        workbookPart.Workbook.Save();
        return count;
    }

    /// <summary>Excel: at most 31 characters, none of []:*?/\ .</summary>
    public static string SheetName(string name)
    {
        var clean = new string(name.Where(c => !"[]:*?/\\".Contains(c, StringComparison.Ordinal)).ToArray()).Trim('\'', ' ');
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(31, clean.Length)];
    }

    private static async IAsyncEnumerable<T> ToAsync<T>(IEnumerable<T> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }
        await Task.CompletedTask;
    }

    private static Row TitleRow(string titleLine)
    {
        var cell = TextCell(Reference(0, 1), titleLine);
        cell.StyleIndex = TitleStyle;
        return new Row(cell) { RowIndex = 1 };
    }

    private static Row HeaderRow<T>(IReadOnlyList<ExportColumn<T>> columns)
    {
        var row = new Row { RowIndex = HeaderRowIndex };
        for (var i = 0; i < columns.Count; i++)
        {
            var cell = TextCell(Reference(i, HeaderRowIndex), columns[i].Header);
            cell.StyleIndex = HeaderStyle;
            row.Append(cell);
        }
        return row;
    }

    private static Row DataRow<T>(IReadOnlyList<ExportColumn<T>> columns, T item, uint rowIndex)
    {
        var row = new Row { RowIndex = rowIndex };
        for (var i = 0; i < columns.Count; i++)
        {
            row.Append(Cell(Reference(i, rowIndex), columns[i].Value(item), columns[i].Type));
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

    internal static Cell NumberCell(string reference, double value, uint? style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style,
    };

    internal static Cell TextCell(string reference, string text) => new(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
    {
        CellReference = reference,
        DataType = CellValues.InlineString,
    };

    private static SheetViews FrozenHeader()
    {
        var topLeft = Reference(0, HeaderRowIndex + 1);
        return new(new SheetView(
            new Pane { VerticalSplit = HeaderRowIndex, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
            new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } })
        { WorkbookViewId = 0 });
    }

    private static Columns Columns(double[] widths) => new(widths.Select((w, i) => new Column
    {
        Min = (uint)(i + 1),
        Max = (uint)(i + 1),
        Width = w,
        CustomWidth = true,
    }));

    /// <summary>Character units for the text plus padding, at most <paramref name="max"/>; CJK characters are about two units wide.</summary>
    internal static double Width(string text, double max = 60)
    {
        var units = text.Sum(c => c >= 0x2E80 ? 2.1 : 1.0);
        return Math.Clamp(units + 2, 8, max);
    }

    /// <summary>"A".."Z", "AA"… for a 0-based column.</summary>
    internal static string Column(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + (n - 1) % 26) + name;
        }
        return name;
    }

    internal static string Reference(int column, uint row) => Column(column) + row.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cell formats behind <see cref="HeaderStyle"/>, <see cref="DateStyle"/>, <see cref="PercentStyle"/> and <see cref="TitleStyle"/>.</summary>
    internal static Stylesheet Styles() => new(
        new NumberingFormats(
            new NumberingFormat { NumberFormatId = DateFormatId, FormatCode = "yyyy-mm-dd" },
            new NumberingFormat { NumberFormatId = PercentFormatId, FormatCode = "0.0%" }) { Count = 2 },
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "等线" }),
            new Font(new Bold(), new FontSize { Val = 13 }, new FontName { Val = "等线" })) { Count = 3 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = 0 },
            new CellFormat { FontId = 1, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = DateFormatId, ApplyNumberFormat = true },
            new CellFormat { FontId = 0, FillId = 0, BorderId = 0, NumberFormatId = PercentFormatId, ApplyNumberFormat = true },
            new CellFormat { FontId = 2, FillId = 0, BorderId = 0, NumberFormatId = 0, ApplyFont = true }) { Count = 5 });
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Features.Import.Xlsx;

/// <summary>What the 说明 sheet lists of the station: its service points and people with their roles (names only).</summary>
public sealed record TemplateStation(string Name, IReadOnlyList<string> ServicePoints, IReadOnlyList<(string Name, string Roles)> People);

/// <summary>
/// The XLSX template of one record kind: sheet 记录 has the Chinese column headers (bold, frozen) and drop-down
/// lists (data validation) for the columns with fixed values; sheet 说明 says for each column whether it is required
/// and what it takes, and lists the station's service points and people to write by name. Every cell is an inline
/// string written by us: no formulas, and the station's own texts pass through <see cref="RecordSheet.Safe"/>.
/// </summary>
public static class RecordTemplate
{
    private const uint BoldStyle = 1;
    private const int ValidatedRows = 1000;

    public static byte[] Write(Scheme scheme, RecordKind kind, TemplateStation station)
    {
        var columns = RecordSheet.Columns(scheme, kind);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook(new Sheets());
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles();

            var data = AddSheet(workbook, RecordSheet.DataSheet, 1);
            data.Worksheet = new Worksheet(
                new SheetViews(new SheetView(new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen }) { WorkbookViewId = 0 }),
                Widths(columns.Select(c => Math.Max(12, c.Header.Length * 2 + 4)).ToList()),
                new SheetData(Row(1, columns.Select(c => c.Header), BoldStyle)));
            if (Validations(columns) is { Count.Value: > 0 } validations)
            {
                data.Worksheet.Append(validations);
            }

            var notes = AddSheet(workbook, RecordSheet.NotesSheet, 2);
            var rows = new List<Row> { Row(1, [$"{ChineseNames.Of(kind)}导入模板 · {RecordSheet.Safe(station.Name)}：在“{RecordSheet.DataSheet}”表中每行填写一条记录，第1行为列名，不要修改。"], BoldStyle) };
            rows.Add(Row(2, ["列名", "是否必填", "填写说明", "可选值"], BoldStyle));
            foreach (var c in columns)
            {
                rows.Add(Row((uint)rows.Count + 1, [c.Header, c.Required ? "必填" : "选填", c.Note, c.Choices is null ? "" : string.Join("、", c.Choices)]));
            }
            rows.Add(Row((uint)rows.Count + 2, ["本站所服务站点"], BoldStyle));
            rows.AddRange(station.ServicePoints.Select(p => Row((uint)rows.Count + 2, [RecordSheet.Safe(p)])));
            rows.Add(Row((uint)rows.Count + 3, ["本站所人员", "任职"], BoldStyle));
            rows.AddRange(station.People.Select(p => Row((uint)rows.Count + 3, [RecordSheet.Safe(p.Name), RecordSheet.Safe(p.Roles)])));
            notes.Worksheet = new Worksheet(Widths([18, 10, 60, 30]), new SheetData(rows));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    private static WorksheetPart AddSheet(WorkbookPart workbook, string name, uint id)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = name });
        return part;
    }

    private static Row Row(uint index, IEnumerable<string> texts, uint style = 0)
    {
        var row = new Row { RowIndex = index };
        var column = 0;
        foreach (var text in texts)
        {
            var cell = new Cell(new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }))
            {
                CellReference = $"{Letters(column++)}{index}", DataType = CellValues.InlineString,
            };
            if (style != 0)
            {
                cell.StyleIndex = style;
            }
            row.Append(cell);
        }
        return row;
    }

    /// <summary>Drop-down lists of our own constant values (never the station's texts) for the columns that take fixed values.</summary>
    private static DataValidations Validations(IReadOnlyList<SheetColumn> columns)
    {
        var validations = new DataValidations();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] is { Kind: CellKind.Choice, Choices: { } choices })
            {
                var range = $"{Letters(i)}2:{Letters(i)}{ValidatedRows + 1}";
                validations.Append(new DataValidation(new Formula1($"\"{string.Join(",", choices)}\""))
                {
                    Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = columns[i].Header,
                    Error = $"请选择：{string.Join("、", choices)}", SequenceOfReferences = new ListValue<StringValue> { InnerText = range },
                });
            }
        }
        validations.Count = (uint)validations.ChildElements.Count;
        return validations;
    }

    private static Columns Widths(IReadOnlyList<int> widths) =>
        new([.. widths.Select((w, i) => new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = w, CustomWidth = true })]);

    public static string Letters(int column)
    {
        var name = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
        {
            name = (char)('A' + ((n - 1) % 26)) + name;
        }
        return name;
    }

    private static Stylesheet Styles() => new(
        new Fonts(new Font(), new Font(new Bold())) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border()) { Count = 1 },
        new CellFormats(new CellFormat(), new CellFormat { FontId = 1, ApplyFont = true }) { Count = 2 });
}

using ComplianceDashboard.Web.Features.Import.Xlsx;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>Fills the app's XLSX record template the way a person does, for the import tests.</summary>
public static class XlsxSheets
{
    public static WorksheetPart DataSheet(SpreadsheetDocument document)
    {
        var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().First();
        return (WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!);
    }

    /// <summary>The template with rows appended below its header, as a person fills it in (numbers stay numbers).</summary>
    public static byte[] Fill(byte[] template, params string[][] rows)
    {
        using var stream = new MemoryStream();
        stream.Write(template);
        using (var document = SpreadsheetDocument.Open(stream, true))
        {
            var data = DataSheet(document).Worksheet.GetFirstChild<SheetData>()!;
            for (var r = 0; r < rows.Length; r++)
            {
                var index = (uint)r + 2;
                var row = new Row { RowIndex = index };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var text = rows[r][c];
                    if (text.Length == 0)
                    {
                        continue;
                    }
                    var reference = $"{RecordTemplate.Letters(c)}{index}";
                    row.Append(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out _)
                        ? new Cell(new CellValue(text)) { CellReference = reference }
                        : new Cell(new InlineString(new Text(text))) { CellReference = reference, DataType = CellValues.InlineString });
                }
                data.Append(row);
            }
        }
        return stream.ToArray();
    }
}

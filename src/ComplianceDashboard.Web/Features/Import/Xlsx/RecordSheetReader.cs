using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Features.Import.Xlsx;

/// <summary>One data row of an uploaded sheet: its 1-based row number and the text of each known column (by header).</summary>
public sealed record SheetRow(int Number, IReadOnlyDictionary<string, string> Cells);

/// <summary>What could be read: the rows, or why the file as a whole cannot be used.</summary>
public sealed record SheetContent(IReadOnlyList<SheetRow> Rows, IReadOnlyList<string> Problems);

/// <summary>
/// Reads the first sheet of an uploaded XLSX: row 1 gives the headers (matched to the kind's columns), each later
/// non-empty row is a record. Rows are read one at a time (<see cref="OpenXmlReader"/>), and a sheet with more than
/// <see cref="RecordSheet.MaxRows"/> rows or a part that unpacks to more than the size limit is refused, so a small
/// file cannot unpack into a huge one. Formulas are not evaluated: a cell counts by its stored value.
/// </summary>
public static class RecordSheetReader
{
    public static SheetContent Read(Stream xlsx, IReadOnlyList<SheetColumn> columns, long maxUnpackedBytes)
    {
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(xlsx, false);
        }
        catch (Exception ex) when (ex is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException)
        {
            return new([], ["文件不是有效的 XLSX 工作簿（请用 Excel 或 WPS 另存为 .xlsx）"]);
        }
        using (document)
        {
            var workbook = document.WorkbookPart;
            var sheet = workbook?.Workbook.Sheets?.Elements<Sheet>().FirstOrDefault();
            if (workbook is null || sheet?.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part)
            {
                return new([], ["工作簿中没有工作表"]);
            }
            if (Unpacked(part) + Unpacked(workbook.SharedStringTablePart) > maxUnpackedBytes)
            {
                return new([], ["工作表解压后过大，未读取"]);
            }
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? [];
            return ReadRows(part, strings, columns);
        }
    }

    private static SheetContent ReadRows(WorksheetPart part, List<string> strings, IReadOnlyList<SheetColumn> columns)
    {
        var problems = new List<string>();
        var rows = new List<SheetRow>();
        Dictionary<int, string>? headers = null;
        using var reader = OpenXmlReader.Create(part);
        while (reader.Read())
        {
            if (reader.ElementType != typeof(Row) || !reader.IsStartElement)
            {
                continue;
            }
            var row = (Row)reader.LoadCurrentElement()!;
            var number = (int)(row.RowIndex?.Value ?? (uint)(rows.Count + 2));
            var cells = row.Elements<Cell>().Select(c => (Column: ColumnIndex(c.CellReference?.Value), Text: Text(c, strings).Trim()))
                .Where(c => c.Column >= 0 && c.Text.Length > 0).ToList();
            if (headers is null)
            {
                headers = Headers(cells, columns, problems);
                if (problems.Count > 0)
                {
                    return new([], problems);
                }
                continue;
            }
            if (cells.Count == 0)
            {
                continue;
            }
            if (rows.Count == RecordSheet.MaxRows)
            {
                return new([], [$"记录超过 {RecordSheet.MaxRows} 行，请分多个文件导入"]);
            }
            rows.Add(new SheetRow(number, cells.Where(c => headers.ContainsKey(c.Column)).ToDictionary(c => headers[c.Column], c => c.Text)));
        }
        if (headers is null)
        {
            return new([], ["第1行应为列名（请使用下载的模板）"]);
        }
        return new(rows, problems);
    }

    /// <summary>Row 1: every header must be one of the kind's columns, and every required column must be there.</summary>
    private static Dictionary<int, string> Headers(List<(int Column, string Text)> cells, IReadOnlyList<SheetColumn> columns, List<string> problems)
    {
        var known = columns.ToDictionary(c => c.Header, StringComparer.Ordinal);
        var headers = new Dictionary<int, string>();
        foreach (var (column, text) in cells)
        {
            if (!known.ContainsKey(text))
            {
                problems.Add($"第1行第{RecordTemplate.Letters(column)}列“{text}”不是本记录类型的列；可用的列：{string.Join("、", known.Keys)}");
            }
            else if (headers.ContainsValue(text))
            {
                problems.Add($"列“{text}”出现了两次");
            }
            else
            {
                headers[column] = text;
            }
        }
        foreach (var missing in columns.Where(c => c.Required && !headers.ContainsValue(c.Header)))
        {
            problems.Add($"缺少必填列“{missing.Header}”（请使用下载的模板）");
        }
        return headers;
    }

    private static string Text(Cell cell, List<string> strings)
    {
        var value = cell.CellValue?.Text ?? "";
        if (cell.DataType?.Value == CellValues.SharedString)
        {
            return int.TryParse(value, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        }
        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }
        if (cell.DataType?.Value == CellValues.Boolean)
        {
            return value == "1" ? RecordSheet.Yes : RecordSheet.No;
        }
        return value;
    }

    /// <summary>0-based column of a reference such as "AB12"; -1 when there is none.</summary>
    private static int ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return -1;
        }
        var index = 0;
        var letters = 0;
        foreach (var ch in reference.TakeWhile(char.IsAsciiLetterUpper))
        {
            index = (index * 26) + (ch - 'A' + 1);
            letters++;
        }
        return letters == 0 ? -1 : index - 1;
    }

    private static long Unpacked(OpenXmlPart? part)
    {
        if (part is null)
        {
            return 0;
        }
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        return stream.CanSeek ? stream.Length : 0;
    }
}

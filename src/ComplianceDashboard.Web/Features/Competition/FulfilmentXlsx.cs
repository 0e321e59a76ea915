using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Web.Features.Import.Xlsx;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>
/// A month of the 服务承诺兑现表 as an XLSX: the template (row 1 the headers, one row per table row with its current
/// figures) and the reader of a filled one (through <see cref="RecordSheetReader"/>, so the same size limits apply).
/// 项目 and 应兑现标准 are for the reader's eye; 序号 says which row a line fills.
/// </summary>
public static class FulfilmentXlsx
{
    public const long MaxBytes = 1 << 20;

    private static readonly IReadOnlyList<SheetColumn> Columns =
    [
        new("序号", "Number", true, CellKind.WholeNumber, "1–18"),
        new("项目", "Name", false, CellKind.Text, ""),
        new("应兑现标准", "Standard", false, CellKind.Text, ""),
        new("实际值（%）", "Rate", false, CellKind.Text, "第1–4行"),
        new("总数", "Total", false, CellKind.WholeNumber, "第5–18行"),
        new("未达到要求数", "Unmet", false, CellKind.WholeNumber, "第5–18行"),
    ];

    public static string FileName(FulfilmentSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        return string.Create(CultureInfo.InvariantCulture, $"{sheet.UnitName}服务承诺兑现表-{sheet.Year}年{sheet.Month}月.xlsx");
    }

    /// <summary>The month's template with the figures already entered (computed rows are left out).</summary>
    public static byte[] Template(FulfilmentSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row(1, [.. Columns.Select(c => c.Header)]));
            uint index = 2;
            foreach (var view in sheet.Rows.Where(v => v.ComputedBy is null))
            {
                var row = view.Result.Row;
                var e = view.Result.Entry;
                data.Append(Row(index++,
                [
                    row.Number.ToString(CultureInfo.InvariantCulture), row.Name, row.Standard,
                    row.Kind == FulfilmentRowKind.Threshold ? e?.Rate?.ToString(CultureInfo.InvariantCulture) ?? "" : "",
                    row.Kind == FulfilmentRowKind.Count ? e?.Total?.ToString(CultureInfo.InvariantCulture) ?? "" : "",
                    row.Kind == FulfilmentRowKind.Count ? e?.Unmet?.ToString(CultureInfo.InvariantCulture) ?? "" : "",
                ]));
            }
            part.Worksheet = new Worksheet(data);
            var sheets = workbook.Workbook.AppendChild(new Sheets());
            sheets.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = "兑现表" });
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }

    /// <summary>The inputs of a filled template, or the problems (Chinese, with the sheet's row numbers).</summary>
    public static (IReadOnlyList<FulfilmentInput> Inputs, IReadOnlyList<string> Problems) Read(Stream xlsx, FulfilmentTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var content = RecordSheetReader.Read(xlsx, Columns, MaxBytes * 10);
        if (content.Problems.Count > 0)
        {
            return ([], content.Problems);
        }
        var problems = new List<string>();
        var inputs = new List<FulfilmentInput>();
        foreach (var line in content.Rows)
        {
            string Cell(string header) => line.Cells.TryGetValue(header, out var v) ? v : "";
            if (!int.TryParse(Cell("序号"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) || table.Rows.All(r => r.Number != number))
            {
                problems.Add($"第{line.Number}行：序号“{Cell("序号")}”不是兑现表的行");
                continue;
            }
            if (inputs.Any(i => i.RowNumber == number))
            {
                problems.Add($"第{line.Number}行：序号{number}重复");
                continue;
            }
            var rate = Number(Cell("实际值（%）"), line.Number, "实际值（%）", problems);
            var total = Whole(Cell("总数"), line.Number, "总数", problems);
            var unmet = Whole(Cell("未达到要求数"), line.Number, "未达到要求数", problems);
            inputs.Add(new FulfilmentInput(number, rate, total, unmet));
        }
        return (inputs, problems);
    }

    private static decimal? Number(string text, int line, string header, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (decimal.TryParse(text.TrimEnd('%'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        problems.Add($"第{line}行：{header}“{text}”不是数字");
        return null;
    }

    private static int? Whole(string text, int line, string header, List<string> problems)
    {
        if (text.Length == 0)
        {
            return null;
        }
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }
        problems.Add($"第{line}行：{header}“{text}”不是整数");
        return null;
    }

    private static Row Row(uint index, IReadOnlyList<string> values)
    {
        var row = new Row { RowIndex = index };
        for (var i = 0; i < values.Count; i++)
        {
            var reference = RecordTemplate.Letters(i) + index.ToString(CultureInfo.InvariantCulture);
            row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(values[i])) });
        }
        return row;
    }
}

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>The feedback sheet as one worksheet in sections: header, item scores, gaps, risk deductions, opinions, result.</summary>
public static class FeedbackXlsx
{
    public static byte[] Write(FeedbackSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var rows = new List<object?[]>();
        var bold = new HashSet<int>();
        void Add(bool isBold, params object?[] cells)
        {
            if (isBold)
            {
                bold.Add(rows.Count);
            }
            rows.Add(cells);
        }
        Add(true, $"{sheet.RoundName} · 评价反馈单");
        Add(false, "站所", $"{sheet.StationName}（{sheet.StationCode}）", "年度", sheet.Year);
        Add(false, "状态", sheet.IsFinalised ? "已定级" : "未定级（暂定结果）");
        Add(false);
        Add(true, "一、分项得分");
        Add(true, "项", "内容", "满分", "系统计算", "评定得分", "说明", "专家评定");
        foreach (var item in sheet.Result.Items)
        {
            // Next to an expert's points the engine's own text (e.g. 未加分) would contradict them: say what was judged instead.
            var explanation = item.Adjustment is { } judged
                ? $"系统计算 {judged.ComputedPoints:0.#} 分，经专家评定为 {judged.Points:0.#} 分"
                : item.Computed.Explanation;
            Add(false, item.Computed.Code, item.Computed.Name, item.Computed.MaxPoints, item.Computed.Points, item.Points, explanation,
                item.Adjustment is { } a ? $"专家评定：{a.Reason}（{a.AdjustedBy}）" : "");
        }
        void AddLines(string heading, IReadOnlyList<FeedbackLine> lines)
        {
            Add(false);
            Add(true, heading);
            Add(true, "项", "说明", "扣分");
            foreach (var line in lines)
            {
                Add(false, line.ItemCode, line.Text, line.Points);
            }
            if (lines.Count == 0)
            {
                Add(false, "", "无");
            }
        }
        AddLines("二、失分项", sheet.Gaps);
        AddLines("三、风险扣分", sheet.RiskDeductions);
        Add(false);
        Add(true, "四、评价意见");
        Add(false, sheet.Opinion.Length > 0 ? sheet.Opinion : "（未填写）");
        Add(true, "五、改进建议");
        Add(false, sheet.Suggestions.Length > 0 ? sheet.Suggestions : "（未填写）");
        Add(false);
        Add(true, "六、评价结果");
        Add(false, "系统计算总分", sheet.ComputedTotal);
        Add(false, "最终得分", sheet.Result.Total);
        Add(false, "等级", sheet.Result.Band.Label);
        Add(false, "定级人", sheet.FinalisedBy ?? "");
        Add(false, "定级时间", sheet.FinalisedAt?.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "");
        return Save(rows, bold);
    }

    /// <summary>One sheet in the list exports' styles and cells (<see cref="XlsxWriter"/>): bold rows are its header style.</summary>
    private static byte[] Save(List<object?[]> rows, HashSet<int> bold)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxWriter.Styles();
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Count; r++)
            {
                var index = (uint)(r + 1);
                var row = new Row { RowIndex = index };
                for (var c = 0; c < rows[r].Length; c++)
                {
                    var reference = XlsxWriter.Reference(c, index);
                    var cell = rows[r][c] switch
                    {
                        decimal d => XlsxWriter.NumberCell(reference, (double)d, null),
                        int i => XlsxWriter.NumberCell(reference, i, null),
                        var v => XlsxWriter.TextCell(reference, v?.ToString() ?? ""),
                    };
                    if (bold.Contains(r))
                    {
                        cell.StyleIndex = XlsxWriter.HeaderStyle;
                    }
                    row.Append(cell);
                }
                data.Append(row);
            }
            var columns = new Columns(
                new Column { Min = 1, Max = 1, Width = 14, CustomWidth = true },
                new Column { Min = 2, Max = 2, Width = 40, CustomWidth = true },
                new Column { Min = 3, Max = 5, Width = 10, CustomWidth = true },
                new Column { Min = 6, Max = 7, Width = 60, CustomWidth = true });
            part.Worksheet = new Worksheet(columns, data);
            workbook.Workbook.Append(new Sheets(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = 1, Name = XlsxWriter.SheetName("评价反馈单") }));
            workbook.Workbook.Save();
        }
        return stream.ToArray();
    }
}

using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Features.Import.Xlsx;

namespace ComplianceDashboard.ComponentTests.Import;

/// <summary>The XLSX preview lists every row with its state, and every problem with its row, column and Chinese message.</summary>
public class XlsxPreviewTableTests : ComponentTest
{
    [Fact]
    public void Preview_lists_each_row_and_each_error_with_row_number_column_and_message()
    {
        var preview = new XlsxPreview
        {
            StationId = 1, Kind = RecordKind.SupervisorDutyReport, FileName = "duty.xlsx",
            Rows =
            [
                new XlsxPreviewRow(2, "2026-10-13", "10月汇报", []),
                new XlsxPreviewRow(3, "2026-13-01", "日期无效", [new XlsxError(3, "日期", "日期“2026-13-01”无效，应为 yyyy-MM-dd")]),
                new XlsxPreviewRow(5, "2026-12-01", "", [new XlsxError(5, "标题", "请填写标题"), new XlsxError(5, "日期", "日期不能晚于今天（2026-11-20）")]),
            ],
        };
        RenderProviders();

        var cut = Render<XlsxPreviewTable>(p => p.Add(c => c.Preview, preview));

        Assert.Contains("共 3 行，可导入 1 行，有错误 2 行", cut.Find("[data-testid=xlsx-summary]").TextContent.Replace("\n", "", StringComparison.Ordinal).Trim(), StringComparison.Ordinal);
        var rows = cut.FindAll("[data-testid=xlsx-rows] tbody tr");
        Assert.Equal(["2", "3", "5"], rows.Select(r => r.QuerySelector("td")!.TextContent.Trim()));
        Assert.Contains("可导入", rows[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("2 个错误", rows[2].TextContent, StringComparison.Ordinal);
        var errors = cut.FindAll("[data-testid=xlsx-errors] tbody tr").Select(r => r.QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray()).ToList();
        Assert.Equal(
            [
                ["3", "日期", "日期“2026-13-01”无效，应为 yyyy-MM-dd"],
                ["5", "标题", "请填写标题"],
                ["5", "日期", "日期不能晚于今天（2026-11-20）"],
            ],
            errors);
        Assert.False(preview.CanImport);
    }

    [Fact]
    public void A_file_level_problem_is_shown_without_a_row_table()
    {
        var preview = new XlsxPreview
        {
            StationId = 1, Kind = RecordKind.GroupMeeting, FileName = "x.xlsx",
            FileErrors = [new XlsxError(0, "", "缺少必填列“出席成员”（请使用下载的模板）")],
        };
        RenderProviders();

        var cut = Render<XlsxPreviewTable>(p => p.Add(c => c.Preview, preview));

        Assert.Empty(cut.FindAll("[data-testid=xlsx-rows]"));
        var cells = cut.Find("[data-testid=xlsx-errors] tbody tr").QuerySelectorAll("td").Select(td => td.TextContent.Trim()).ToArray();
        Assert.Equal(["—", "文件", "缺少必填列“出席成员”（请使用下载的模板）"], cells);
    }
}

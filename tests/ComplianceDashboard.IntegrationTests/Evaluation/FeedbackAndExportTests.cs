using System.Net;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure.Security;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

public class FeedbackAndExportTests(EvaluationApp app) : IClassFixture<EvaluationApp>
{
    [Fact]
    public async Task Feedback_sheet_xlsx_holds_the_final_numbers()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        await kaoping.Finalisation.AdjustAsync(app.RoundId, 5, "28", 3, "创新做法在全公司推广").OkAsync();
        await kaoping.Finalisation.SaveAssessmentAsync(app.RoundId, 5, "台账规范，监督会议按月召开。", "加强四风检查记录。").OkAsync();
        var final = await kaoping.Finalisation.FinaliseAsync(app.RoundId, 5).OkAsync();

        using var client = await app.SignInAsync("kaoping");
        var response = await client.GetAsync($"/api/evaluation/rounds/{app.RoundId}/stations/5/feedback.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var cells = ReadCells(await response.Content.ReadAsByteArrayAsync());

        // Numbers are number cells: compared as numbers (the cell's text is the shortest round-trip form, 87.5 for 87.50).
        Assert.Equal(final.Total, decimal.Parse(Next(cells, "最终得分"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(final.ComputedTotal, decimal.Parse(Next(cells, "系统计算总分"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(final.GradeLabel, Next(cells, "等级"));
        Assert.Contains("kaoping", Next(cells, "定级人"), StringComparison.Ordinal);
        var item28 = cells.Single(r => r.Count > 0 && r[0] == "28");
        Assert.Equal("3", item28[4]);
        Assert.Contains("专家评定：创新做法在全公司推广", item28[6], StringComparison.Ordinal);
        Assert.Contains(cells, r => r.Count > 0 && r[0] == "台账规范，监督会议按月召开。");
    }

    [Fact]
    public async Task Feedback_sheet_shows_an_expert_bonus_as_given_and_lists_only_items_that_lost_points()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        // A station whose engine result has gap lines that lost 0 points (an ALL item's further gaps, a PER_MISS item past
        // its floor) and no bonus for item 28: the case the sheet used to get wrong.
        var stationId = 0;
        foreach (var candidate in new[] { 7, 12, 13, 14, 3 })
        {
            var items = GradeJson.Items((await app.LatestAsync(candidate)).ItemsJson);
            if (items.Single(i => i.Code == "28").Points == 0 && items.Any(i => !i.IsBonus && i.Gaps.Any(g => g.PointsLost == 0)))
            {
                stationId = candidate;
                break;
            }
        }
        Assert.NotEqual(0, stationId);
        await kaoping.Finalisation.AdjustAsync(app.RoundId, stationId, "28", 3, "创新做法在全公司推广").OkAsync();
        await kaoping.Finalisation.FinaliseAsync(app.RoundId, stationId).OkAsync();

        var sheet = (await kaoping.Get<FeedbackService>().GetAsync(app.RoundId, stationId).OkAsync())!;
        Assert.NotEmpty(sheet.Gaps);
        Assert.All(sheet.Gaps, g => Assert.True(g.Points > 0, $"第{g.ItemCode}项 {g.Text} 扣 {g.Points} 分"));
        Assert.All(sheet.RiskDeductions, g => Assert.True(g.Points > 0, $"第{g.ItemCode}项 {g.Text} 扣 {g.Points} 分"));
        Assert.DoesNotContain(sheet.Gaps, g => g.ItemCode == "28");
        // Every point lost is on the sheet once: the lines add up to what the items lost.
        var lost = sheet.Result.Items.Where(i => !i.Computed.IsBonus && i.Computed.Rule != ComplianceDashboard.Domain.Schemes.RuleKind.PerEvent)
            .Sum(i => i.Computed.MaxPoints - i.Points);
        Assert.Equal(lost, sheet.Gaps.Sum(g => g.Points));

        using var client = await app.SignInAsync("kaoping");
        var html = await client.GetStringAsync($"/evaluation/{app.RoundId}/stations/{stationId}/feedback");
        var row28 = System.Text.RegularExpressions.Regex.Match(html, "<tr[^>]*data-testid=\"feedback-item-28\"[^>]*>(.*?)</tr>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(row28.Success, "item 28's row is on the sheet");
        Assert.DoesNotContain("未加分", row28.Value, StringComparison.Ordinal);
        Assert.Contains("专家评定 3 分：创新做法在全公司推广", row28.Value, StringComparison.Ordinal);
        Assert.Matches("<td[^>]*>3</td>", row28.Value);
        var gapsTable = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"feedback-gaps\".*?</table>", System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(gapsTable.Success);
        Assert.DoesNotMatch("<td[^>]*>0</td>", gapsTable.Value);

        var cells = ReadCells(await (await client.GetAsync($"/api/evaluation/rounds/{app.RoundId}/stations/{stationId}/feedback.xlsx")).Content.ReadAsByteArrayAsync());
        var item28 = cells.Single(r => r.Count > 0 && r[0] == "28");
        Assert.Equal("3", item28[4]);
        Assert.DoesNotContain("未加分", item28[5], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_secretary_reads_only_the_finalised_feedback_of_their_own_station()
    {
        var kaoping = await app.AsUserAsync("kaoping");
        using var shuji2 = await app.SignInAsync("shuji2");
        var url = $"/api/evaluation/rounds/{app.RoundId}/stations/2/feedback.xlsx";
        Assert.Equal(HttpStatusCode.Conflict, (await shuji2.GetAsync(url)).StatusCode);

        await kaoping.Finalisation.FinaliseAsync(app.RoundId, 2).OkAsync();
        Assert.Equal(HttpStatusCode.OK, (await shuji2.GetAsync(url)).StatusCode);
        var page = await shuji2.GetAsync($"/evaluation/{app.RoundId}/stations/2/feedback");
        var html = await page.Content.ReadAsStringAsync();
        Assert.True(page.StatusCode == HttpStatusCode.OK, $"{page.StatusCode} {page.Headers.Location}");
        Assert.Contains("最终得分", html, StringComparison.Ordinal);
        var list = await shuji2.GetStringAsync("/evaluation");
        Assert.Contains($"evaluation/{app.RoundId}/stations/2/feedback", list, StringComparison.Ordinal);
        Assert.DoesNotContain("新建评价", list, StringComparison.Ordinal);

        using var shuji1 = await app.SignInAsync("shuji1");
        Assert.Equal(HttpStatusCode.Forbidden, (await shuji1.GetAsync(url)).StatusCode);
        using var jingli1 = await app.SignInAsync("jingli1");
        Assert.Equal(HttpStatusCode.Forbidden, (await jingli1.GetAsync($"/api/evaluation/rounds/{app.RoundId}/stations/1/feedback.xlsx")).StatusCode);
        await Assert.ThrowsAsync<ForbiddenException>(async () => await (await app.AsUserAsync("shuji2")).Finalisation.GetAsync(app.RoundId, 2));
    }

    [Fact]
    public async Task Monthly_performance_export_has_twelve_rows_per_station()
    {
        var data = await (await app.AsUserAsync("jiwei")).Get<MonthlyPerformanceService>().RowsAsync(app.RoundId);
        Assert.Equal(14 * 12, data!.Value.Rows.Count);
        Assert.All(data.Value.Rows.GroupBy(r => r.StationCode), g => Assert.Equal(12, g.Count()));
        Assert.Contains(data.Value.Rows, r => r.Due > 0 && r.OnTimeRate is > 0 and <= 1);

        using var client = await app.SignInAsync("jiwei");
        var csv = await client.GetStringAsync($"/api/evaluation/rounds/{app.RoundId}/monthly-performance?format=csv");
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("站所编号,站所,月份,应完成", lines[0], StringComparison.Ordinal);
        Assert.Equal(1 + 14 * 12, lines.Length);

        using var secretary = await app.SignInAsync("shuji1");
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.GetAsync($"/api/evaluation/rounds/{app.RoundId}/monthly-performance")).StatusCode);
    }

    [Fact]
    public async Task Evaluation_pages_are_for_readers_of_all_stations()
    {
        using var jiwei = await app.SignInAsync("jiwei");
        var html = await jiwei.GetStringAsync($"/evaluation/{app.RoundId}");
        Assert.Contains("2025年度清廉供电站所评价", html, StringComparison.Ordinal);
        Assert.Contains("桐琴供电所", html, StringComparison.Ordinal);
        using var shuji1 = await app.SignInAsync("shuji1");
        Assert.Contains("暂无已发布的评价反馈单", await shuji1.GetStringAsync("/evaluation"), StringComparison.Ordinal);
        var denied = await shuji1.GetAsync($"/evaluation/{app.RoundId}");
        Assert.Equal(HttpStatusCode.Redirect, denied.StatusCode);
        Assert.Equal("/account/denied", denied.Headers.Location!.AbsolutePath);
    }

    private static List<List<string>> ReadCells(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheet = document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        return [.. sheet.Descendants<Row>().Select(r => r.Elements<Cell>().Select(c => c.InlineString?.InnerText ?? c.CellValue?.Text ?? "").ToList())];
    }

    private static string Next(List<List<string>> rows, string label) => rows.Single(r => r.Count > 1 && r[0] == label)[1];
}

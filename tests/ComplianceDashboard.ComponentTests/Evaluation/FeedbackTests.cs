using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Evaluation;
using Microsoft.Extensions.DependencyInjection;


namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class FeedbackTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    [Fact]
    public void Feedback_lines_list_each_loss_or_say_none()
    {
        var cut = Render<FeedbackLines>(p => p.Add(x => x.Lines, new[] { new FeedbackLine("13", "2025年3月会议纪要缺失，扣1分", 1m), new FeedbackLine("4", "服务站点无廉政监督员，扣3分", 3m) }));
        var rows = cut.FindAll("tbody tr");
        Assert.Equal(2, rows.Count);
        Assert.Equal(["13", "2025年3月会议纪要缺失，扣1分", "1"], rows[0].QuerySelectorAll("td").Select(td => td.TextContent));
        Assert.Equal("3", rows[1].QuerySelectorAll("td")[2].TextContent);

        var none = Render<FeedbackLines>(p => p.Add(x => x.Lines, Array.Empty<FeedbackLine>()));
        Assert.Equal("无", none.Find("p").TextContent);
    }

    [Fact]
    public async Task The_sheet_shows_an_expert_bonus_with_its_points_not_the_engines_no_bonus_and_lists_only_real_losses()
    {
        var kaoping = await KaopingAsync();
        const int stationId = 8;
        var computed = (await kaoping.Finalisation.GetAsync(App.RoundId, stationId))!.Result!.Items.Single(i => i.Computed.Code == "28");
        Assert.Equal(0m, computed.Computed.Points);
        Assert.StartsWith("未加分", computed.Computed.Explanation, StringComparison.Ordinal);
        await kaoping.Finalisation.AdjustAsync(App.RoundId, stationId, "28", 3, "创新做法在全公司推广").OkAsync();
        var sheet = (await kaoping.Get<FeedbackService>().GetAsync(App.RoundId, stationId).OkAsync())!;

        var cut = Render<FeedbackSheetView>(p => p.Add(x => x.Sheet, sheet));

        var row = cut.Find("[data-testid=feedback-item-28]");
        var cells = row.QuerySelectorAll("td");
        Assert.Equal("3", cells[3].TextContent);
        Assert.DoesNotContain("未加分", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("专家评定 3 分：创新做法在全公司推广", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("系统计算 0 分", row.TextContent, StringComparison.Ordinal);
        Assert.All(cut.FindAll("[data-testid=feedback-gaps] tbody tr"), tr => Assert.NotEqual("0", tr.QuerySelectorAll("td")[2].TextContent));
        Assert.Equal(sheet.Result.Total.ToString("0.#", CultureInfo.InvariantCulture), cut.Find("[data-testid=feedback-total]").TextContent);
        Assert.Contains("五、改进建议", cut.Markup, StringComparison.Ordinal);
    }
}

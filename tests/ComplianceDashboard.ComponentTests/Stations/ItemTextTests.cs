using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web;
using ComplianceDashboard.Web.Features.Stations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace ComplianceDashboard.ComponentTests.Stations;

/// <summary>A grade's explanation, written by the grader in Chinese, reads in the UI language part by part.</summary>
public sealed class ItemTextTests : ComponentTest
{
    private IStringLocalizer L => Services.GetRequiredService<IStringLocalizer<SharedResource>>();

    [Theory]
    [InlineData("已到期的11个月、3个季度均按时完成，另有1个月、1个季度未到期", "All 11 month(s), 3 quarter(s) due done on time; 1 month(s), 1 quarter(s) not yet due")]
    [InlineData("3月、7月缺少监督小组会议纪要，扣2分；站点「后陈村驻村服务站点」5月缺少台账移交记录，扣2分",
        "Month 3, Month 7: Supervision group meeting minutes missing, −2 pts; Service point \"后陈村驻村服务站点\" Month 5: Ledger handover record missing, −2 pts")]
    [InlineData("不得分：站点「新宅村驻村服务站点」3月需求台账逾期补录；站点「下杨村驻村服务站点」5月、6月需求台账逾期补录",
        "No points: Service point \"新宅村驻村服务站点\" Month 3: Demand ledger entered late; Service point \"下杨村驻村服务站点\" Month 5, Month 6: Demand ledger entered late")]
    [InlineData("月度服务公开：7月；用电宣传和错峰用电引导：第三季度；需求台账移交廉政监督员：7月、9月（3项）",
        "Monthly service disclosure: Month 7; Power-use publicity and off-peak guidance: Q3; Demand ledger handed to the integrity supervisor: Month 7, Month 9 (3 duties)")]
    [InlineData("站点「上茭道村驻村服务站点」驻村客户经理自2025-05-11空缺，未在2025-06-10前补充，扣2分",
        "Service point \"上茭道村驻村服务站点\": Village customer manager vacant since 2025-05-11, not refilled by 2025-06-10, −2 pts")]
    [InlineData("2026-03-05 发生有责投诉1起，扣5分", "2026-03-05: one Substantiated complaint, −5 pts")]
    [InlineData("未加分：本年无成效明显且在公司推广的创新成果", "No bonus: No innovation with clear results promoted company-wide this year")]
    public void An_explanation_reads_in_English_part_by_part(string chinese, string english)
    {
        UseCulture("en");
        Assert.Equal(english, ItemText.Explanation(chinese, L));
    }

    [Fact]
    public void In_Chinese_the_explanation_is_shown_as_the_grader_wrote_it()
    {
        const string text = "3月、7月缺少监督小组会议纪要，扣2分；本年未发生扣分事件";
        Assert.Equal(text, ItemText.Explanation(text, L));
    }
}

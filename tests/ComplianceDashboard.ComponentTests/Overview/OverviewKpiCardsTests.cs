using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.ComponentTests.Overview;

/// <summary>The key-figure tiles: one per grade band of the scheme, in the scheme's order, then average, missing duties and risk.</summary>
public class OverviewKpiCardsTests : ComponentTest
{
    [Fact]
    public void A_tile_per_scheme_band_in_band_order_with_its_label_count_and_tone_then_the_other_figures()
    {
        var kpis = new OverviewKpis([new("Excellent", "优秀（示范型）", 4), new("Qualified", "合格（标准型）", 7), new("Unqualified", "不合格", 3)], 81.25m, 5, 2m, 14);

        var cut = Render<OverviewKpiCards>(p => p.Add(c => c.Kpis, kpis).Add(c => c.Period, new DashboardPeriod(2026, null)));

        var cards = cut.FindAll(".kpi-card");
        Assert.Equal(6, cards.Count);
        Assert.Equal(["优秀（示范型）", "合格（标准型）", "不合格"], cards.Take(3).Select(c => c.GetAttribute("aria-label")));
        Assert.Equal(["4个", "7个", "3个"], cards.Take(3).Select(c => c.QuerySelector("[data-testid=kpi-value]")!.TextContent));
        Assert.Contains("kpi-ok", cards[0].ClassName, StringComparison.Ordinal);
        Assert.Contains("kpi-info", cards[1].ClassName, StringComparison.Ordinal);
        Assert.Contains("kpi-bad", cards[2].ClassName, StringComparison.Ordinal);
        Assert.Equal("平均分", cards[3].GetAttribute("aria-label"));
    }
}

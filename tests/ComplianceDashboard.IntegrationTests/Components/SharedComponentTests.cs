using ComplianceDashboard.Web.Components.Shared;

namespace ComplianceDashboard.IntegrationTests.Components;

public class SharedComponentTests
{
    [Theory]
    [InlineData(3.5, "up", "▲3.5")]
    [InlineData(-2, "down", "▼2")]
    public async Task Score_change_shows_direction_and_amount(double change, string css, string text)
    {
        var html = await ComponentRenderer.RenderAsync<ScoreChange>(new() { ["Value"] = (decimal?)change });

        Assert.Contains($"score-change {css}", html, StringComparison.Ordinal);
        Assert.Contains(text, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Score_change_without_a_previous_result_is_a_dash()
    {
        var html = await ComponentRenderer.RenderAsync<ScoreChange>(new() { ["Value"] = null });

        Assert.Contains(">—<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kpi_card_renders_label_value_unit_and_tone_as_text()
    {
        var html = await ComponentRenderer.RenderAsync<KpiCard>(new() { ["Label"] = "缺失履职", ["Value"] = "12", ["Unit"] = "项", ["Tone"] = "bad" });

        Assert.Contains("kpi-card kpi-bad", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"缺失履职\"", html, StringComparison.Ordinal);
        Assert.Contains("12<span class=\"kpi-unit\">项</span>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_state_is_announced_and_shows_its_text()
    {
        var html = await ComponentRenderer.RenderAsync<EmptyState>(new() { ["Title"] = "暂无数据", ["Text"] = "评分每晚自动计算。" });

        Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
        Assert.Contains("暂无数据", html, StringComparison.Ordinal);
        Assert.Contains("评分每晚自动计算。", html, StringComparison.Ordinal);
    }
}

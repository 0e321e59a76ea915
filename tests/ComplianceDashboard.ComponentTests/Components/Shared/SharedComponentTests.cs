using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Shared;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Components.Shared;

/// <summary>Ported from IntegrationTests/Components/SharedComponentTests (static rendering) to bUnit, plus the icon rule.</summary>
public class SharedComponentTests : ComponentTest
{
    [Theory]
    [InlineData(3.5, "up", "▲3.5")]
    [InlineData(-2, "down", "▼2")]
    public void Score_change_shows_direction_and_amount(double change, string css, string text)
    {
        var cut = Render<ScoreChange>(p => p.Add(c => c.Value, (decimal?)change));

        var span = cut.Find($".score-change.{css}");
        Assert.Equal(text, span.TextContent);
        Assert.Contains(css == "up" ? "mud-success-text" : "mud-error-text", span.ClassName, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(0)]
    public void Score_change_without_a_previous_result_is_a_dash(int? change)
    {
        var cut = Render<ScoreChange>(p => p.Add(c => c.Value, (decimal?)change));

        Assert.Equal("—", cut.Find(".score-change").TextContent);
        Assert.Empty(cut.FindAll(".score-change.up, .score-change.down"));
    }

    [Fact]
    public void Kpi_card_renders_label_value_unit_and_tone_as_text()
    {
        var cut = Render<KpiCard>(p => p.Add(c => c.Label, "缺失履职").Add(c => c.Value, "12").Add(c => c.Unit, "项").Add(c => c.Tone, "bad"));

        var card = cut.Find(".kpi-card.kpi-bad");
        Assert.Equal("group", card.GetAttribute("role"));
        Assert.Equal("缺失履职", card.GetAttribute("aria-label"));
        Assert.Equal("缺失履职", cut.Find(".kpi-label").TextContent);
        var value = cut.Find("[data-testid=kpi-value]");
        Assert.Equal("12项", value.TextContent);
        Assert.Equal("项", value.QuerySelector(".kpi-unit")!.TextContent);
        Assert.Empty(cut.FindAll(".kpi-note"));
    }

    [Fact]
    public void Kpi_card_shows_its_note_and_encodes_text()
    {
        var cut = Render<KpiCard>(p => p.Add(c => c.Label, "<b>x</b>").Add(c => c.Value, "1").Add(c => c.Note, "较上月 +2"));

        Assert.Equal("较上月 +2", cut.Find(".kpi-note").TextContent);
        Assert.Contains("kpi-plain", cut.Find(".kpi-card").ClassName, StringComparison.Ordinal);
        Assert.Empty(cut.FindAll(".kpi-label b"));
        Assert.Equal("<b>x</b>", cut.Find(".kpi-label").TextContent);
    }

    [Fact]
    public void Empty_state_is_announced_and_shows_its_text()
    {
        var cut = Render<EmptyState>(p => p.Add(c => c.Title, "暂无数据").Add(c => c.Text, "评分每晚自动计算。"));

        var status = cut.Find("[role=status]");
        Assert.Equal("暂无数据", status.QuerySelector(".empty-state-title")!.TextContent);
        Assert.Equal("评分每晚自动计算。", status.QuerySelector(".empty-state-text")!.TextContent);
    }

    [Fact]
    public void Empty_state_draws_a_MudBlazor_svg_icon_and_no_icon_for_an_old_ligature_name()
    {
        var withSvg = Render<EmptyState>(p => p.Add(c => c.Title, "无权访问").Add(c => c.Icon, Icons.Material.Filled.Block));
        Assert.Single(withSvg.FindAll("svg.empty-state-icon"));

        var withLigature = Render<EmptyState>(p => p.Add(c => c.Title, "无权访问").Add(c => c.Icon, "block"));
        Assert.Empty(withLigature.FindAll("svg"));
        Assert.DoesNotContain("block", withLigature.Find("[role=status]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_state_shows_its_child_content_and_no_text_line_when_there_is_none()
    {
        var cut = Render<EmptyState>(p => p.Add(c => c.Title, "出错了").AddChildContent("<code>abc-123</code>"));

        Assert.Equal("abc-123", cut.Find("code").TextContent);
        Assert.Empty(cut.FindAll(".empty-state-text"));
    }

    [Fact]
    public void Field_error_is_an_alert_only_when_there_is_a_message()
    {
        Assert.Empty(Render<FieldError>(p => p.Add(c => c.Message, null)).FindAll("[role=alert]"));
        var cut = Render<FieldError>(p => p.Add(c => c.Message, "请输入用户名"));
        Assert.Equal("请输入用户名", cut.Find("[role=alert].field-error").TextContent);
    }

    [Fact]
    public void Page_title_bar_shows_the_heading_and_its_actions()
    {
        var cut = Render<PageTitleBar>(p => p.Add(c => c.Title, "县公司总览").Add(c => c.Actions, "<button>报告</button>"));

        Assert.Equal("县公司总览", cut.Find("h1").TextContent);
        Assert.Equal("报告", cut.Find(".page-title-actions button").TextContent);
    }
}

using System.Text.Json;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Components.Charts;

namespace ComplianceDashboard.ComponentTests.Components.Charts;

public class ChartCardTests : ComponentTest
{
    private const string Hostile = "<img src=x onerror=alert(1)>";

    private readonly BunitJSModuleInterop _module;

    public ChartCardTests()
    {
        _module = JSInterop.SetupModule("./Components/Charts/ApexChart.razor.js");
        _module.SetupVoid("render", _ => true).SetVoidResult();
    }

    private static ChartOptions Bars(string station) =>
        BarOptions.Create("服务站点数", [new ChartItem(station, 3, "s1"), new ChartItem("泉溪供电所", 2, "s2")]);

    [Fact]
    public void Card_has_the_title_as_heading_and_the_chart_gets_the_download_name()
    {
        var cut = Render<ChartCard>(p => p.Add(c => c.Title, "履职热力图（按时完成率）").Add(c => c.Options, Bars("桐琴供电所"))
            .Add(c => c.FileName, "履职热力图-2026年第三季度").Add(c => c.ExportTitle, "履职热力图（按时完成率） 2026年第三季度"));

        Assert.Equal("履职热力图（按时完成率）", cut.Find("[data-testid=chart-card] h2").TextContent);
        Assert.Equal("履职热力图（按时完成率）", cut.Find("[role=figure]").GetAttribute("aria-label"));
        var call = _module.VerifyInvoke("render");
        var export = JsonSerializer.SerializeToElement(call.Arguments[3]);
        Assert.Equal("履职热力图-2026年第三季度", export.GetProperty("FileName").GetString());
        Assert.Equal("履职热力图（按时完成率） 2026年第三季度", export.GetProperty("Title").GetString());
    }

    [Fact]
    public void Download_name_defaults_to_the_title_made_safe_for_a_file_system()
    {
        Render<ChartCard>(p => p.Add(c => c.Title, "得分/扣分: 对比").Add(c => c.Options, Bars("桐琴供电所")));

        var export = JsonSerializer.SerializeToElement(_module.VerifyInvoke("render").Arguments[3]);
        Assert.Equal("得分_扣分_ 对比", export.GetProperty("FileName").GetString());
    }

    [Fact]
    public void Every_text_reaching_the_chart_is_html_encoded_and_the_locale_follows_the_ui()
    {
        UseCulture("en");
        Render<ChartCard>(p => p.Add(c => c.Title, "Stations").Add(c => c.Options, Bars(Hostile)));

        var json = (string)_module.VerifyInvoke("render").Arguments[1]!;
        Assert.DoesNotContain("<img", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u003Cimg", json, StringComparison.OrdinalIgnoreCase);
        using var doc = JsonDocument.Parse(json);
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", doc.RootElement.GetProperty("xaxis").GetProperty("categories")[0].GetString());
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt;", doc.RootElement.GetProperty("series")[0].GetProperty("data")[0].GetProperty("x").GetString());
        Assert.Equal("en", doc.RootElement.GetProperty("chart").GetProperty("defaultLocale").GetString());
    }

    [Fact]
    public void No_data_shows_the_designed_empty_state_and_no_chart()
    {
        var cut = Render<ChartCard>(p => p.Add(c => c.Title, "走势").Add(c => c.Options, LineOptions.Trend(["1月"], [ChartSeries.Of("平均分", [null])]))
            .Add(c => c.EmptyText, "所选期间没有到期的履职事项。"));

        Assert.Equal("暂无数据", cut.Find("[role=status] .empty-state-title").TextContent);
        Assert.Equal("所选期间没有到期的履职事项。", cut.Find("[role=status] .empty-state-text").TextContent);
        Assert.Empty(cut.FindAll("[role=figure]"));
        Assert.Empty(_module.Invocations);
    }
}

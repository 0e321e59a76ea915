using System.Text.Json.Nodes;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Components.Charts;

namespace ComplianceDashboard.IntegrationTests.Components.Charts;

[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public class ChartBuilderTests
{
    private static readonly string[] Months = ["1月", "2月", "3月"];

    [Fact]
    public void Heat_map_has_one_series_per_row_top_row_last_and_one_cell_per_month()
    {
        var cells = new[]
        {
            new HeatMapCell("桐琴供电所", "1月", 100, "s1-2026-01", "1月：应履职12项，按时12项，逾期0项，缺失0项"),
            new HeatMapCell("桐琴供电所", "3月", 75, "s1-2026-03", "3月：应履职12项，按时9项，逾期1项，缺失2项"),
            new HeatMapCell("泉溪供电所", "2月", 50, "s2-2026-02"),
        };

        var options = HeatMapOptions.Create(["桐琴供电所", "泉溪供电所"], Months, cells, HeatMapOptions.RateRanges);

        Assert.Equal("heatmap", options.Chart.Type);
        Assert.Equal(["泉溪供电所", "桐琴供电所"], options.Series.Select(s => s.Name));
        var top = options.Series[1];
        Assert.Equal(Months, top.Data.Select(p => p.X));
        Assert.Equal([100m, null, 75m], top.Data.Select(p => p.Y));
        Assert.Equal("s1-2026-03", top.Data[2].Id);
        Assert.Equal("3月：应履职12项，按时9项，逾期1项，缺失2项", top.Data[2].Tip);
        Assert.Equal(HeatMapOptions.RateRanges, options.PlotOptions!.Heatmap!.ColorScale.Ranges);
    }

    [Fact]
    public void Heat_map_json_carries_colour_ranges_and_cell_ids_in_camel_case()
    {
        var ranges = new[] { new ColorRange(0, 59.999m, "#c62828", "低于60%"), new ColorRange(60, 100, "#2e7d32", "60%及以上") };
        var options = HeatMapOptions.Create(["合规"], ["1月"], [new HeatMapCell("合规", "1月", 80, "o-1", "提示")], ranges);

        var json = JsonNode.Parse(options.ToJson())!;

        var range = json["plotOptions"]!["heatmap"]!["colorScale"]!["ranges"]![1]!;
        Assert.Equal(60, range["from"]!.GetValue<decimal>());
        Assert.Equal("#2e7d32", range["color"]!.GetValue<string>());
        Assert.Equal("60%及以上", range["name"]!.GetValue<string>());
        var cell = json["series"]![0]!["data"]![0]!;
        Assert.Equal("1月", cell["x"]!.GetValue<string>());
        Assert.Equal(80, cell["y"]!.GetValue<decimal>());
        Assert.Equal("o-1", cell["id"]!.GetValue<string>());
        Assert.Equal("提示", cell["tip"]!.GetValue<string>());
        Assert.Null(json["xaxis"]);
    }

    [Fact]
    public void Bar_chart_has_categories_and_plain_numbers_unless_an_item_has_an_id()
    {
        var options = BarOptions.Create("服务站点", [new ChartItem("桐琴供电所", 4), new ChartItem("泉溪供电所", 2, "station-2")], horizontal: true);

        Assert.Equal("bar", options.Chart.Type);
        Assert.True(options.PlotOptions!.Bar!.Horizontal);
        Assert.Equal(["桐琴供电所", "泉溪供电所"], options.Xaxis!.Categories!);
        var data = JsonNode.Parse(options.ToJson())!["series"]![0]!["data"]!.AsArray();
        Assert.Equal(4, data[0]!.GetValue<decimal>());
        Assert.Equal("station-2", data[1]!["id"]!.GetValue<string>());
        Assert.Equal(2, data[1]!["y"]!.GetValue<decimal>());
    }

    [Fact]
    public void Line_trend_has_one_series_per_line_over_the_months()
    {
        var options = LineOptions.Trend(Months, [ChartSeries.Of("按时率", [90m, 85m, null]), ChartSeries.Of("县平均", [80m, 82m, 84m])], min: 0, max: 100);

        Assert.Equal("line", options.Chart.Type);
        Assert.Equal(Months, options.Xaxis!.Categories!);
        Assert.Equal(["按时率", "县平均"], options.Series.Select(s => s.Name));
        Assert.Equal([90m, 85m, null], options.Series[0].Data.Select(p => p.Y));
        Assert.Equal(100, options.Yaxis!.Max);
        Assert.Equal("[90,85,null]", JsonNode.Parse(options.ToJson())!["series"]![0]!["data"]!.ToJsonString());
    }

    [Fact]
    public void Radar_shows_level_1_scores_as_percent_of_their_maximum()
    {
        var station = new RadarSeries("桐琴供电所", [new("组织建设", 18, 20), new("服务效能", 24, 30), new("监督管理", 20, 30), new("风险防控", 13, 20)]);
        var county = new RadarSeries("县平均", [new("风险防控", 10, 20), new("组织建设", 10, 20), new("服务效能", 15, 30)]);

        var options = RadarOptions.Create(station, county);

        Assert.Equal("radar", options.Chart.Type);
        Assert.Equal(RadarOptions.Level1, options.Xaxis!.Categories!);
        Assert.Equal([90m, 80m, 66.7m, 65m], options.Series[0].Data.Select(p => p.Y));
        Assert.Equal([50m, 50m, null, 50m], options.Series[1].Data.Select(p => p.Y));
        Assert.Equal(100, options.Yaxis!.Max);
    }

    [Fact]
    public void Options_without_values_have_no_data()
    {
        Assert.False(BarOptions.Create("服务站点", []).HasData);
        Assert.False(LineOptions.Trend(Months, [ChartSeries.Of("按时率", [null, null, null])]).HasData);
        Assert.True(BarOptions.Create("服务站点", [new ChartItem("桐琴供电所", 0)]).HasData);
    }
}

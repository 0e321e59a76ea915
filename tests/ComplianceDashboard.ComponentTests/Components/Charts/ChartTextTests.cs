using ComplianceDashboard.Web.Components.Charts;

namespace ComplianceDashboard.ComponentTests.Components.Charts;

/// <summary>The central encoding of chart options (the XSS fix): every text, in every option builder.</summary>
public class ChartTextTests
{
    private const string Hostile = "<img src=x onerror=alert('1')>&\"";
    private const string Encoded = "&lt;img src=x onerror=alert(&#39;1&#39;)&gt;&amp;&quot;";

    [Fact]
    public void Encode_replaces_the_five_html_characters_and_nothing_else() =>
        Assert.Equal(Encoded + "桐琴供电所", ChartText.Encode(Hostile + "桐琴供电所"));

    [Fact]
    public void Heat_map_row_names_cell_labels_tips_and_legend_names_are_encoded_but_ids_and_values_are_not()
    {
        var options = HeatMapOptions.Create([Hostile], ["3月"], [new HeatMapCell(Hostile, "3月", 75, "stations/1/months/2026-03", Hostile + "的提示")],
            [new ColorRange(0, 100, "#2e7d32", Hostile)]).HtmlEncoded();

        var series = Assert.Single(options.Series);
        Assert.Equal(Encoded, series.Name);
        var point = Assert.Single(series.Data);
        Assert.Equal(Encoded + "的提示", point.Tip);
        Assert.Equal("3月", point.X);
        Assert.Equal("stations/1/months/2026-03", point.Id);
        Assert.Equal(75, point.Y);
        Assert.Equal(Encoded, options.PlotOptions!.Heatmap!.ColorScale.Ranges[0].Name);
        Assert.DoesNotContain("<img", options.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public void Bar_line_and_radar_categories_series_names_and_axis_titles_are_encoded()
    {
        var bar = BarOptions.Create(Hostile, [new ChartItem(Hostile, 1, "s1")]).HtmlEncoded();
        Assert.Equal(Encoded, bar.Xaxis!.Categories![0]);
        Assert.Equal(Encoded, bar.Series[0].Name);
        Assert.Equal(Encoded, bar.Series[0].Data[0].X);

        var line = (LineOptions.Trend([Hostile], [ChartSeries.Of(Hostile, [1m])]) with { Yaxis = new() { Title = new(Hostile) } }).HtmlEncoded();
        Assert.Equal(Encoded, line.Xaxis!.Categories![0]);
        Assert.Equal(Encoded, line.Series[0].Name);
        Assert.Equal(Encoded, line.Yaxis!.Title!.Text);

        var radar = RadarOptions.Create(new RadarSeries(Hostile, [new RadarScore(Hostile, 1, 2)])).HtmlEncoded();
        Assert.Equal(Encoded, radar.Xaxis!.Categories![0]);
        Assert.Equal(Encoded, radar.Series[0].Name);
    }

    [Fact]
    public void File_names_lose_the_characters_a_file_system_refuses() =>
        Assert.Equal("履职热力图-2026年第三季度", ChartText.FileName("履职热力图-2026年第三季度"));
}

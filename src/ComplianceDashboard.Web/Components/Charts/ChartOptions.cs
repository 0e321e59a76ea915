using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ComplianceDashboard.Web.Components.Charts;

/// <summary>
/// The subset of ApexCharts options the dashboard uses, serialised camelCase without nulls.
/// Anything not modelled here can go into <see cref="Extra"/> (written as top-level keys).
/// ApexChart.razor.js adds the shared defaults: zh-CN locale, download toolbar, no animations.
/// </summary>
public sealed record ChartOptions
{
    public ChartSettings Chart { get; init; } = new();
    public IReadOnlyList<ChartSeries> Series { get; init; } = [];
    public ChartAxis? Xaxis { get; init; }
    public ChartAxis? Yaxis { get; init; }
    public ChartPlotOptions? PlotOptions { get; init; }
    public IReadOnlyList<string>? Colors { get; init; }
    public ChartToggle? DataLabels { get; init; }
    public ChartToggle? Legend { get; init; }
    public ChartStroke? Stroke { get; init; }

    [JsonExtensionData]
    public JsonObject? Extra { get; init; }

    [JsonIgnore]
    public bool HasData => Series.Any(s => s.Data.Any(p => p.Y is not null));

    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>
    /// A copy with every text HTML-encoded (series names, x labels, tooltips, categories, axis titles, legend
    /// names of colour bands); numbers and click ids are unchanged. Apply exactly once, just before drawing.
    /// </summary>
    public ChartOptions HtmlEncoded() => this with
    {
        Series = [.. Series.Select(s => new ChartSeries(ChartText.Encode(s.Name),
            [.. s.Data.Select(p => p with { X = ChartText.EncodeOrNull(p.X), Tip = ChartText.EncodeOrNull(p.Tip) })]))],
        Xaxis = Xaxis?.HtmlEncoded(),
        Yaxis = Yaxis?.HtmlEncoded(),
        PlotOptions = PlotOptions is { Heatmap: { } heatmap } plot
            ? plot with
            {
                Heatmap = heatmap with
                {
                    ColorScale = new([.. heatmap.ColorScale.Ranges.Select(r => r with { Name = ChartText.Encode(r.Name) })]),
                },
            }
            : PlotOptions,
    };
}

public sealed record ChartSettings
{
    /// <summary>bar, line, heatmap, radar, …</summary>
    public string Type { get; init; } = "bar";
    public int? Height { get; init; }
    public string? DefaultLocale { get; init; }
    public bool? Stacked { get; init; }
}

public sealed record ChartSeries(string Name, IReadOnlyList<ChartPoint> Data)
{
    public static ChartSeries Of(string name, IEnumerable<decimal?> values) =>
        new(name, values.Select(v => new ChartPoint(v)).ToList());
}

/// <summary>
/// One value. With only <see cref="Y"/> it is written as a plain number (category charts); with an
/// x label, id or tooltip it is written as an object (heat-map cells; the id comes back on click).
/// </summary>
[JsonConverter(typeof(ChartPointConverter))]
public sealed record ChartPoint(decimal? Y, string? X = null, string? Id = null, string? Tip = null);

public sealed record ChartAxis
{
    public IReadOnlyList<string>? Categories { get; init; }
    public decimal? Min { get; init; }
    public decimal? Max { get; init; }
    public int? TickAmount { get; init; }
    public ChartAxisTitle? Title { get; init; }

    internal ChartAxis HtmlEncoded() => this with
    {
        Categories = Categories is null ? null : [.. Categories.Select(ChartText.Encode)],
        Title = Title is null ? null : new(ChartText.Encode(Title.Text)),
    };
}

public sealed record ChartAxisTitle(string Text);

public sealed record ChartToggle(bool Enabled);

public sealed record ChartStroke(decimal? Width = null, string? Curve = null);

public sealed record ChartPlotOptions
{
    public BarPlot? Bar { get; init; }
    public HeatMapPlot? Heatmap { get; init; }
}

public sealed record BarPlot(bool Horizontal = false, bool Distributed = false, int BorderRadius = 2);

public sealed record HeatMapPlot(HeatMapColorScale ColorScale, bool EnableShades = false, int Radius = 2);

public sealed record HeatMapColorScale(IReadOnlyList<ColorRange> Ranges);

/// <summary>A heat-map colour band: values from..to (inclusive) get <paramref name="Color"/>, named in the legend.</summary>
public sealed record ColorRange(decimal From, decimal To, string Color, string Name);

internal sealed class ChartPointConverter : JsonConverter<ChartPoint>
{
    public override ChartPoint Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("chart points are only written");

    public override void Write(Utf8JsonWriter writer, ChartPoint value, JsonSerializerOptions options)
    {
        if (value.X is null && value.Id is null && value.Tip is null)
        {
            WriteNumber(writer, value.Y);
            return;
        }
        writer.WriteStartObject();
        if (value.X is not null)
        {
            writer.WriteString("x", value.X);
        }
        writer.WritePropertyName("y");
        WriteNumber(writer, value.Y);
        if (value.Id is not null)
        {
            writer.WriteString("id", value.Id);
        }
        if (value.Tip is not null)
        {
            writer.WriteString("tip", value.Tip);
        }
        writer.WriteEndObject();
    }

    private static void WriteNumber(Utf8JsonWriter writer, decimal? y)
    {
        if (y is { } number)
        {
            writer.WriteNumberValue(number);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}

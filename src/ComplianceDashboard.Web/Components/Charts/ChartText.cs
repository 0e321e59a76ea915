using System.Text;

namespace ComplianceDashboard.Web.Components.Charts;

/// <summary>
/// HTML encoding of the text that reaches ApexCharts. ApexCharts writes series names, categories and tooltips
/// with innerHTML, so a station named <c>&lt;img src=x onerror=…&gt;</c> would run script; every string of a
/// chart is encoded once, centrally, by <see cref="ChartOptions.HtmlEncoded"/> (ApexChart.razor calls it).
/// The JS module decodes only where ApexCharts writes SVG text nodes (axis labels), which are not parsed as HTML.
/// </summary>
public static class ChartText
{
    /// <summary>&amp; &lt; &gt; &quot; &#39; as entities (the same five as the module's decodeHtml).</summary>
    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    public static string? EncodeOrNull(string? text) => text is null ? null : Encode(text);

    /// <summary>A file name from a chart's title: characters Windows or browsers refuse become "_".</summary>
    public static string FileName(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var invalid = Path.GetInvalidFileNameChars().Concat("<>:\"/\\|?*").ToHashSet();
        var name = new string([.. title.Trim().Select(c => invalid.Contains(c) || char.IsControl(c) ? '_' : c)]);
        return name.Length == 0 ? "chart" : name;
    }
}

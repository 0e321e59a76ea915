using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>docs/samples/import-sample.json and variants of it with one deliberate mistake each.</summary>
public static class ImportSample
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Path { get; } = Find();

    public static string Text() => File.ReadAllText(Path);

    public static byte[] Bytes() => File.ReadAllBytes(Path);

    /// <summary>The sample as a node tree whose station code is new, so only the deliberate mistake is reported.</summary>
    public static JsonNode NewStation(string code = "QX0002")
    {
        var root = JsonNode.Parse(Text())!;
        root["stations"]![0]!["code"] = code;
        return root;
    }

    public static JsonNode Record(JsonNode root, int index) => root["stations"]![0]!["records"]![index]!;

    public static string Write(JsonNode root) => root.ToJsonString(Indented);

    /// <summary>1-based line and column where <paramref name="fragment"/> first occurs in <paramref name="text"/>.</summary>
    public static (int Line, int Column) Find(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in the test file");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1;
        return (text[..index].Count(c => c == '\n') + 1, index - lineStart + 1);
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = System.IO.Path.Combine(dir.FullName, "docs", "samples", "import-sample.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        throw new FileNotFoundException("docs/samples/import-sample.json not found above the test output folder");
    }
}

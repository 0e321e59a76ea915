using System.Text.RegularExpressions;
using System.Xml.Linq;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Infrastructure.Localization;

/// <summary>
/// The UI string keys in the web project's source and the entries of SharedResource.en.resx, read from the
/// repository (found by walking up to ComplianceDashboard.sln). Same regex as scripts/ui-strings.sh.
/// </summary>
public static partial class UiStrings
{
    public static string EnglishResx => Path.Combine(Repository.WebProject, "SharedResource.en.resx");

    /// <summary>Every distinct literal key of L["..."] / l["..."] / Localizer["..."] in *.razor and *.cs, sorted ordinally.</summary>
    public static IReadOnlyList<string> SourceKeys()
    {
        var skipped = new[] { "bin", "obj", "node_modules", "wwwroot" };
        var files = Directory.EnumerateFiles(Repository.WebProject, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".razor", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !Path.GetRelativePath(Repository.WebProject, f).Split(Path.DirectorySeparatorChar).Any(skipped.Contains));
        return [.. files.SelectMany(f => KeyPattern().Matches(File.ReadAllText(f)).Select(m => m.Groups["key"].Value))
            .Distinct().Order(StringComparer.Ordinal)];
    }

    /// <summary>name → value of every data entry of the English resx.</summary>
    public static IReadOnlyDictionary<string, string> EnglishEntries() =>
        XDocument.Load(EnglishResx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    // Keep in step with scripts/ui-strings.sh: \b(?:L|l|Localizer)\["(?:[^"\\]|\\.)*"
    [GeneratedRegex(@"\b(?:L|l|Localizer)\[""(?<key>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}

using System.Text;
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

    /// <summary>
    /// The Chinese messages that services and domain rules hand to forms (<c>result.Add(field, "…")</c>, <c>Fail</c>,
    /// <c>Conflict</c>, <c>Invalid</c>, <c>RuleError</c>, <c>errors[field] = "…"</c>, <c>ForbiddenException</c>): plain
    /// literals as they are, messages built with <c>$"…"</c> as their template (<see cref="InterpolatedTemplates"/>), each
    /// with the file and line it is on. Left out, being Chinese by design: column definitions of import templates and
    /// exports (<c>columns.Add(new(…))</c>), audit rows, the meeting pack's documents, the XLSX import template's own
    /// sheet, the command line's JSON import (its messages name JSON fields), and the domain's deduction notes and scheme
    /// diagnostics (Scoring/, Schemes/; the pages translate explanations part by part, ItemText).
    /// </summary>
    public static IReadOnlyList<(string Message, string Where)> MessageKeys()
    {
        string[] chineseByDesign =
        [
            Path.Combine("Features", "MeetingPack"), Path.Combine("Features", "Import", "Xlsx", "RecordTemplate.cs"),
            Path.Combine("Features", "Import", "ImportStream.cs"), Path.Combine("Features", "Import", "EvidenceImporter.cs"),
            Path.Combine("Features", "Import", "ImportValidator.cs"), Path.Combine("Features", "Demo"), "Scoring", "Schemes",
        ];
        var domain = Path.Combine(Repository.Root, "src", "ComplianceDashboard.Domain");
        bool Scanned(string relative) =>
            !relative.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "Migrations")
            && !chineseByDesign.Any(excluded => relative.StartsWith(excluded, StringComparison.Ordinal));
        var files = new[] { Repository.WebProject, domain }
            .SelectMany(root => Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories).Where(f => Scanned(Path.GetRelativePath(root, f))));
        var messages = new List<(string, string)>();
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                if (!MessageCall().IsMatch(lines[i]) || ColumnDefinition().IsMatch(lines[i]) || lines[i].Contains("Audits.Add(", StringComparison.Ordinal))
                {
                    continue;
                }
                messages.AddRange(PlainLiteral().Matches(lines[i]).Select(m => m.Groups["text"].Value).Concat(InterpolatedTemplates(lines[i]))
                    .Where(text => text.Any(c => c is >= '\u4e00' and <= '\u9fff'))
                    .Select(text => (text, $"{Path.GetRelativePath(Repository.Root, file)}:{i + 1}")));
            }
        }
        return messages;
    }

    /// <summary>
    /// Each <c>$"…"</c> literal of <paramref name="line"/> as the template MessageLocalizer matches it against: the text
    /// with its holes numbered in order (<c>$"本所已有{open.Count}名…{max}名"</c> → <c>本所已有{0}名…{1}名</c>), format
    /// specifiers dropped (the message carries the value already formatted).
    /// </summary>
    internal static IEnumerable<string> InterpolatedTemplates(string line)
    {
        for (var start = line.IndexOf("$\"", StringComparison.Ordinal); start >= 0; start = line.IndexOf("$\"", start + 2, StringComparison.Ordinal))
        {
            if (start > 0 && line[start - 1] == '@')
            {
                continue; // verbatim: not a message
            }
            var template = new StringBuilder();
            var holes = 0;
            var at = start + 2;
            while (at < line.Length && line[at] != '"')
            {
                if (line[at] == '\\')
                {
                    template.Append(line, at, Math.Min(2, line.Length - at));
                    at += 2;
                }
                else if (line[at] is '{' or '}' && at + 1 < line.Length && line[at + 1] == line[at])
                {
                    template.Append(line[at]);
                    at += 2;
                }
                else if (line[at] == '{')
                {
                    at = EndOfHole(line, at + 1);
                    template.Append('{').Append(holes++).Append('}');
                }
                else
                {
                    template.Append(line[at++]);
                }
            }
            yield return template.ToString();
        }
    }

    // The index after the '}' that closes a hole opened before from: nested braces and string literals are skipped.
    private static int EndOfHole(string line, int from)
    {
        var depth = 1;
        var at = from;
        while (at < line.Length && depth > 0)
        {
            if (line[at] == '"')
            {
                for (at++; at < line.Length && line[at] != '"'; at += line[at] == '\\' ? 2 : 1)
                {
                }
            }
            else if (line[at] == '{')
            {
                depth++;
            }
            else if (line[at] == '}')
            {
                depth--;
            }
            at++;
        }
        return at;
    }

    [GeneratedRegex(@"(\.Add\(|\bFail\(|\bConflict\(|ForbiddenException\(|\bRuleError\(|\bInvalid\(|\berrors\[[^\]]+\]\s*=)", RegexOptions.CultureInvariant)]
    private static partial Regex MessageCall();

    // columns.Add(new("举报人", …)), list.Add(new(header, field, …, "hint")): an import template's or export's column.
    [GeneratedRegex(@"\b(?:columns|list)\.Add\(new\(", RegexOptions.CultureInvariant)]
    private static partial Regex ColumnDefinition();

    // A string literal that is neither interpolated ($"…"), verbatim (@"…") nor the start of a concatenation ("…" + x).
    [GeneratedRegex(@"(?<![\$@""\w])""(?<text>(?:[^""\\]|\\.)*)""(?!\s*\+)", RegexOptions.CultureInvariant)]
    private static partial Regex PlainLiteral();

    /// <summary>name → value of every data entry of the English resx.</summary>
    public static IReadOnlyDictionary<string, string> EnglishEntries() =>
        XDocument.Load(EnglishResx).Root!.Elements("data")
            .ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? "", StringComparer.Ordinal);

    // Keep in step with scripts/ui-strings.sh: \b(?:L|l|Localizer)\["(?:[^"\\]|\\.)*"
    [GeneratedRegex(@"\b(?:L|l|Localizer)\[""(?<key>(?:[^""\\]|\\.)*)""", RegexOptions.CultureInvariant)]
    private static partial Regex KeyPattern();
}

using System.Text.RegularExpressions;
using ComplianceDashboard.IntegrationTests.TestSupport;

namespace ComplianceDashboard.IntegrationTests.Infrastructure;

/// <summary>
/// Comments in code point at what a newcomer can open — an ADR, a section of docs/performance.md — not at the tracker's
/// issue numbers, which say nothing once the issue is closed. ADRs may still name the issue that led to them.
/// </summary>
[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]
public partial class SourceCommentTests
{
    private static readonly string[] Folders = ["src", "tests", Path.Combine("wwwroot-assets", "src"), Path.Combine("wwwroot-assets", "styles")];

    private static readonly string[] Extensions = [".cs", ".razor", ".css", ".js", ".mjs", ".json", ".props", ".csproj"];

    [Fact]
    public void No_code_comment_names_an_issue_number()
    {
        var labelled = Folders
            .Select(folder => Path.Combine(Repository.Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            .Where(file => Extensions.Contains(Path.GetExtension(file), StringComparer.Ordinal))
            .Where(file => !Path.GetRelativePath(Repository.Root, file).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "node_modules" or "Migrations" or "lib"))
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (file, line, index)))
            .Where(x => IssueLabel().IsMatch(x.line))
            .Select(x => $"{Path.GetRelativePath(Repository.Root, x.file)}:{x.index + 1}: {x.line.Trim()}")
            .ToList();

        Assert.Empty(labelled);
    }

    [GeneratedRegex(@"\bissues?\s*#?\d+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex IssueLabel();
}

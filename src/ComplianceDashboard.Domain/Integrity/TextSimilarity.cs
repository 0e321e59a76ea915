using System.Text;

namespace ComplianceDashboard.Domain.Integrity;

/// <summary>
/// Near-identical text by character shingles: the text is normalised (letters only — punctuation, spaces and digits
/// such as dates and head counts are dropped, Latin letters lower-cased), cut into overlapping runs of k characters,
/// and two texts are compared by the Jaccard index of their shingle sets (shared / all distinct). A shared template
/// heading adds only its few shingles to both sets, so two minutes that share a heading but not a body stay far
/// below the threshold (ADR-012).
/// </summary>
public static class TextSimilarity
{
    public static string Normalise(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }
        return builder.ToString();
    }

    public static HashSet<string> Shingles(string normalised, int length)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (normalised.Length <= length)
        {
            if (normalised.Length > 0)
            {
                set.Add(normalised);
            }
            return set;
        }
        for (var i = 0; i + length <= normalised.Length; i++)
        {
            set.Add(normalised.Substring(i, length));
        }
        return set;
    }

    public static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 && b.Count == 0)
        {
            return 0;
        }
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    /// <summary>Similarity of two raw texts (0–1).</summary>
    public static double Similarity(string a, string b, int shingleLength = 4) =>
        Jaccard(Shingles(Normalise(a), shingleLength), Shingles(Normalise(b), shingleLength));

    public static string Percent(double similarity) => similarity.ToString("P0", CultureInfo.InvariantCulture);
}

/// <summary>A run of characters in a side-by-side comparison: shared with the other text or only in this one.</summary>
public sealed record DiffSegment(string Text, bool Shared);

/// <summary>Character-level differences of two texts (longest common subsequence), for the side-by-side view.</summary>
public static class TextDiff
{
    /// <summary>Longer texts are compared line by line instead (the table would be too large).</summary>
    public const int MaxCharacters = 4000;

    public static (IReadOnlyList<DiffSegment> Left, IReadOnlyList<DiffSegment> Right) Compare(string left, string right)
    {
        left ??= "";
        right ??= "";
        if (left.Length > MaxCharacters || right.Length > MaxCharacters)
        {
            return CompareUnits(SplitLines(left), SplitLines(right));
        }
        return CompareUnits(left.Select(c => c.ToString()).ToArray(), right.Select(c => c.ToString()).ToArray());
    }

    private static string[] SplitLines(string text) => text.Split('\n').Select(l => l + "\n").ToArray();

    private static (IReadOnlyList<DiffSegment>, IReadOnlyList<DiffSegment>) CompareUnits(string[] a, string[] b)
    {
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
            {
                lcs[i, j] = string.Equals(a[i], b[j], StringComparison.Ordinal) ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
            }
        }
        var left = new List<DiffSegment>();
        var right = new List<DiffSegment>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && string.Equals(a[x], b[y], StringComparison.Ordinal))
            {
                Append(left, a[x++], true);
                Append(right, b[y++], true);
            }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y]))
            {
                Append(right, b[y++], false);
            }
            else
            {
                Append(left, a[x++], false);
            }
        }
        return (left, right);
    }

    private static void Append(List<DiffSegment> segments, string unit, bool shared)
    {
        if (segments.Count > 0 && segments[^1].Shared == shared)
        {
            segments[^1] = segments[^1] with { Text = segments[^1].Text + unit };
        }
        else
        {
            segments.Add(new DiffSegment(unit, shared));
        }
    }
}

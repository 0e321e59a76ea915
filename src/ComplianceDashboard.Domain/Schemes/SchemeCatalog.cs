using System.Collections.Concurrent;
using System.Reflection;

namespace ComplianceDashboard.Domain.Schemes;

/// <summary>The schemes embedded in the domain assembly as <c>Schemes.&lt;code&gt;.json</c>, loaded once each.</summary>
public static class SchemeCatalog
{
    private const string Prefix = "Schemes.";
    private const string Suffix = ".json";
    private static readonly ConcurrentDictionary<string, Scheme> Cache = new(StringComparer.Ordinal);

    /// <summary>Codes of all embedded schemes, e.g. ["QL-2022"].</summary>
    public static IReadOnlyList<string> EmbeddedCodes { get; } =
        [.. typeof(SchemeCatalog).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(Suffix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^Suffix.Length])
            .Order(StringComparer.Ordinal)];

    public static Scheme Get(string code) => Cache.GetOrAdd(code, static c => SchemeLoader.LoadEmbedded(c));

    internal static Stream OpenEmbedded(string code)
    {
        Assembly assembly = typeof(SchemeCatalog).Assembly;
        return assembly.GetManifestResourceStream(Prefix + code + Suffix)
            ?? throw new KeyNotFoundException($"No embedded scheme '{code}'. Known: {string.Join(", ", EmbeddedCodes)}.");
    }
}

using System.Text.Json;

namespace ComplianceDashboard.Domain.Schemes;

/// <summary>
/// The free-form parameters of a named check, as written in the scheme file. Checks read them with
/// defaults so a scheme may omit them; the loader asks each check to validate them first.
/// </summary>
public sealed class CheckParameters
{
    public static readonly CheckParameters Empty = new(new Dictionary<string, JsonElement>());

    private readonly IReadOnlyDictionary<string, JsonElement> _values;

    public CheckParameters(IReadOnlyDictionary<string, JsonElement> values) => _values = values;

    public IEnumerable<string> Names => _values.Keys;

    public bool Has(string name) => _values.ContainsKey(name);

    public decimal GetDecimal(string name, decimal fallback) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDecimal() : fallback;

    public int GetInt(string name, int fallback) =>
        _values.TryGetValue(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out var i) ? i : fallback;

    public IReadOnlyList<string> GetStrings(string name, IReadOnlyList<string> fallback)
    {
        if (!_values.TryGetValue(name, out var v) || v.ValueKind != JsonValueKind.Array)
            return fallback;
        return [.. v.EnumerateArray().Select(e => e.ValueKind == JsonValueKind.String ? e.GetString()! : e.ToString())];
    }

    /// <summary>Describes a parameter that is present but of the wrong JSON type; null when fine or absent.</summary>
    public string? TypeProblem(string name, JsonValueKind expected)
    {
        if (!_values.TryGetValue(name, out var v) || v.ValueKind == expected)
            return null;
        return string.Create(CultureInfo.InvariantCulture, $"parameter '{name}' must be a JSON {expected}, found {v.ValueKind}");
    }
}

using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceDashboard.Web.Grading;

/// <summary>How item scores and calendar cells are stored in a snapshot row, and read back for the dashboards.</summary>
public static class GradeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static IReadOnlyList<ItemScore> Items(string json) => JsonSerializer.Deserialize<List<ItemScore>>(json, Options) ?? [];

    public static IReadOnlyList<ObligationPeriod> Calendar(string json) => JsonSerializer.Deserialize<List<ObligationPeriod>>(json, Options) ?? [];

    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexString(bytes, 0, 16);
    }
}

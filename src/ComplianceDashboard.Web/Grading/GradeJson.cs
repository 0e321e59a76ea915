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

    /// <summary>The UTF-8 bytes of <see cref="Serialize{T}"/>'s text, without making the text.</summary>
    public static byte[] SerializeToUtf8<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);

    public static IReadOnlyList<ItemScore> Items(string json) => JsonSerializer.Deserialize<List<ItemScore>>(json, Options) ?? [];

    public static IReadOnlyList<ObligationPeriod> Calendar(string json) => JsonSerializer.Deserialize<List<ObligationPeriod>>(json, Options) ?? [];

    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\u001f', parts)));
        return Convert.ToHexString(bytes, 0, 16);
    }

    /// <summary>
    /// <see cref="Hash(string[])"/> of <paramref name="texts"/> followed by the texts whose UTF-8 bytes are given, without
    /// joining them into one string first (the separator is one byte in UTF-8, so the hashed bytes are the same).
    /// </summary>
    public static string Hash(IReadOnlyList<string> texts, params ReadOnlySpan<byte[]> utf8)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        ReadOnlySpan<byte> separator = [0x1f];
        var first = true;
        foreach (var text in texts)
        {
            Append(hash, separator, ref first, Encoding.UTF8.GetBytes(text));
        }
        foreach (var part in utf8)
        {
            Append(hash, separator, ref first, part);
        }
        return Convert.ToHexString(hash.GetHashAndReset(), 0, 16);

        static void Append(IncrementalHash hash, ReadOnlySpan<byte> separator, ref bool first, ReadOnlySpan<byte> part)
        {
            if (!first)
            {
                hash.AppendData(separator);
            }
            first = false;
            hash.AppendData(part);
        }
    }
}

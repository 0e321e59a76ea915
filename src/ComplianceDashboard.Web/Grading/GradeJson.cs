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

    /// <summary>The UTF-8 bytes of a grade's item scores (the text <see cref="Serialize{T}"/> makes, without making it).</summary>
    public static byte[] SerializeToUtf8(IReadOnlyList<ItemScore> items) =>
        JsonSerializer.SerializeToUtf8Bytes(items, GradeJsonContext.Default.IReadOnlyListItemScore);

    /// <summary>The UTF-8 bytes of a grade's calendar cells (the text <see cref="Serialize{T}"/> makes, without making it).</summary>
    public static byte[] SerializeToUtf8(IReadOnlyList<ObligationPeriod> calendar) =>
        JsonSerializer.SerializeToUtf8Bytes(calendar, GradeJsonContext.Default.IReadOnlyListObligationPeriod);

    public static IReadOnlyList<ItemScore> Items(string json) => JsonSerializer.Deserialize(json, GradeJsonContext.Default.ListItemScore) ?? [];

    public static IReadOnlyList<ObligationPeriod> Calendar(string json) => JsonSerializer.Deserialize(json, GradeJsonContext.Default.ListObligationPeriod) ?? [];


    /// <summary>
    /// A grade's content hash: SHA-256 (first 16 bytes, hex) of <paramref name="texts"/> and then the UTF-8 parts, joined by
    /// U+001F — hashed piece by piece, without joining them into one string (the separator is one byte in UTF-8).
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

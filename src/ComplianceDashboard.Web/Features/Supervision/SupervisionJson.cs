using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>How finding and case states are written into their step history: readable Chinese, enums by name.</summary>
public static class SupervisionJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Of<T>(T value) => JsonSerializer.Serialize(value, Options);
}

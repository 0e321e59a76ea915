using System.Text.Json.Nodes;
using ComplianceDashboard.Domain.Schemes;

namespace ComplianceDashboard.UnitTests.Schemes;

/// <summary>The embedded QL-2022 JSON as a mutable tree, so each loader test breaks one thing.</summary>
internal static class SchemeJson
{
    public static JsonObject QL2022()
    {
        using var stream = typeof(Scheme).Assembly.GetManifestResourceStream("Schemes.QL-2022.json")!;
        return JsonNode.Parse(stream)!.AsObject();
    }

    public static JsonObject Item(this JsonObject scheme, string code) =>
        scheme["items"]!.AsArray().Select(n => n!.AsObject()).Single(i => (string?)i["code"] == code);

    public static Scheme Load(this JsonObject scheme) => SchemeLoader.LoadFromString(scheme.ToJsonString());

    public static SchemeValidationException LoadFails(this JsonObject scheme) =>
        Assert.Throws<SchemeValidationException>(() => scheme.Load());
}

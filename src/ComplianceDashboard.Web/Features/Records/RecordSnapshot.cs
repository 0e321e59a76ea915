using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ComplianceDashboard.Web.Features.Records;

public sealed record ProblemSnapshot(long Id, string Description, DateOnly? CorrectedOn);

public sealed record AttachmentSnapshot(long Id, string FileName, long Size, string Sha256);

/// <summary>A record's state as written to <see cref="RecordChange.BeforeJson"/>/<see cref="RecordChange.AfterJson"/>.</summary>
public sealed record RecordSnapshot(
    int StationId,
    RecordKind Kind,
    DateOnly EventDate,
    DateOnly? ForPeriod,
    int? ServicePointId,
    int? PersonId,
    string Title,
    string Content,
    IReadOnlyList<int> PresentMemberIds,
    int MajorDecisionCount,
    AttendeeCategories Attendees,
    OutageType? OutageType,
    DateTime? OutageStart,
    DateTime? PublishedAt,
    long? AnswersProblemId,
    bool Attributable,
    bool RecognisedByVillagers,
    bool RecognisedByLeadership,
    bool HasClearResults,
    bool PromotedCompanyWide,
    int? HandedOverById,
    bool Acknowledged,
    EvaluationResult? EvaluationResult,
    IReadOnlyList<ProblemSnapshot> EmergingProblems,
    IReadOnlyList<AttachmentSnapshot> Attachments,
    ReviewStatus Review,
    string? ReviewNote,
    bool IsDeleted)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Field labels for the history diff (camelCase JSON names).</summary>
    public static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["stationId"] = "站所", ["kind"] = "记录类型", ["eventDate"] = "日期", ["forPeriod"] = "所属期间",
        ["servicePointId"] = "服务站点", ["personId"] = "人员", ["title"] = "标题", ["content"] = "内容",
        ["presentMemberIds"] = "出席成员", ["majorDecisionCount"] = "重大事项数", ["attendees"] = "参会人员类别",
        ["outageType"] = "停电类型", ["outageStart"] = "停电开始时间", ["publishedAt"] = "公告发布时间",
        ["answersProblemId"] = "对应问题", ["attributable"] = "有责", ["recognisedByVillagers"] = "群众认可",
        ["recognisedByLeadership"] = "上级认可", ["hasClearResults"] = "成效明显", ["promotedCompanyWide"] = "全公司推广",
        ["handedOverById"] = "移交的客户经理", ["acknowledged"] = "监督员已签收", ["evaluationResult"] = "考评结果",
        ["emergingProblems"] = "苗头性问题", ["attachments"] = "附件", ["review"] = "审核状态", ["reviewNote"] = "审核意见", ["isDeleted"] = "已删除",
    };

    public static RecordSnapshot Of(EvidenceRecord r) => new(
        r.StationId, r.Kind, r.EventDate, r.ForPeriod, r.ServicePointId, r.PersonId, r.Title, r.Content,
        [.. r.PresentMembers.Select(m => m.PersonId).Order()], r.MajorDecisionCount, r.Attendees, r.OutageType, r.OutageStart, r.PublishedAt,
        r.AnswersProblemId, r.Attributable, r.RecognisedByVillagers, r.RecognisedByLeadership, r.HasClearResults, r.PromotedCompanyWide,
        r.HandedOverById, r.Acknowledged, r.EvaluationResult,
        [.. r.EmergingProblems.OrderBy(p => p.Id).Select(p => new ProblemSnapshot(p.Id, p.Description, p.CorrectedOn))],
        [.. r.Attachments.OrderBy(a => a.Id).Select(a => new AttachmentSnapshot(a.Id, a.FileName, a.Size, a.Sha256))],
        r.Review, r.ReviewNote, r.IsDeleted);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The fields that differ between two snapshots' JSON: (label, before, after) as display text.</summary>
    public static IReadOnlyList<(string Field, string Before, string After)> Diff(string? beforeJson, string? afterJson)
    {
        var before = Parse(beforeJson);
        var after = Parse(afterJson);
        var keys = before.Select(p => p.Key).Union(after.Select(p => p.Key)).ToList();
        var result = new List<(string, string, string)>();
        foreach (var key in keys)
        {
            var b = before[key];
            var a = after[key];
            if (JsonNode.DeepEquals(b, a) || (beforeJson is null && IsEmpty(a)) || (afterJson is null && IsEmpty(b)))
            {
                continue;
            }
            result.Add((Labels.GetValueOrDefault(key, key), Text(b), Text(a)));
        }
        return result;
    }

    private static JsonObject Parse(string? json) => json is null ? [] : JsonNode.Parse(json) as JsonObject ?? [];

    private static bool IsEmpty(JsonNode? n) => n is null || (n is JsonArray arr && arr.Count == 0) || (n is JsonValue v && v.ToString() is "" or "false" or "0" or "None");

    // Lists read as names: attachments by file name, problems by description, ids as they are.
    private static string Text(JsonNode? n) => n switch
    {
        null => "—",
        JsonValue v => v.ToString(),
        JsonArray { Count: 0 } => "—",
        JsonArray a => string.Join("、", a.Select(item => item is JsonObject o ? (o["fileName"] ?? o["description"])?.ToString() ?? o.ToJsonString(Json) : item?.ToString())),
        _ => n.ToJsonString(Json),
    };
}

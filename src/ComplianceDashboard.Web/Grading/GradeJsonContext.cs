using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// Compile-time JSON metadata for what a snapshot stores (<see cref="GradeJson"/>): the options are GradeJson's own
/// (web defaults, enum names, nulls left out), so the text is the same byte for byte; the generated code skips the
/// reflection-based converters, which were about a sixth of a full recompute's CPU (docs/performance.md, "Fifth round").
/// </summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<ItemScore>))]
[JsonSerializable(typeof(IReadOnlyList<ObligationPeriod>))]
[JsonSerializable(typeof(List<ItemScore>))]
[JsonSerializable(typeof(List<ObligationPeriod>))]
internal sealed partial class GradeJsonContext : JsonSerializerContext;

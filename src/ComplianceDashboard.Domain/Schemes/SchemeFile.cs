using System.Text.Json;

namespace ComplianceDashboard.Domain.Schemes;

// The raw JSON shape (camelCase), read-only once deserialised. Enums stay strings here so the loader can report
// unknown names with their path.
internal sealed record SchemeFile(
    string? Code,
    string? Version,
    string? Name,
    decimal? TotalBasePoints,
    decimal? TotalBonusPoints,
    List<Level1File>? Level1,
    List<ObligationFile>? Obligations,
    List<ItemFile>? Items,
    List<GradeBandFile>? GradeBands,
    FulfilmentFile? Fulfilment);

internal sealed record FulfilmentFile(List<FulfilmentRowFile>? Rows);

internal sealed record FulfilmentRowFile(
    int? Number,
    string? Name,
    string? Kind,
    string? Standard,
    decimal? Threshold,
    decimal? Weight,
    string? TotalLabel,
    string? UnmetLabel,
    string? Source);

internal sealed record Level1File(
    string? Name,
    decimal? Points,
    bool IsBonus,
    List<Level2File>? Level2);

internal sealed record Level2File(string? Name, decimal? Points);

internal sealed record ObligationFile(
    string? Id,
    string? Name,
    string? Evidence,
    string? Period,
    string? Scope,
    List<string>? RecordKinds,
    int GraceDays);

internal sealed record ItemFile(
    string? Code,
    string? Level1,
    string? Level2,
    string? Name,
    decimal? MaxPoints,
    string? Rule,
    decimal? Unit,
    List<string>? Obligations,
    CheckFile? Check,
    List<string>? EventKinds,
    decimal? LabelPoints,
    List<string>? Departments,
    List<string>? Executors);

internal sealed record CheckFile(string? Name, Dictionary<string, JsonElement>? Parameters);

internal sealed record GradeBandFile(string? Code, string? Label, decimal? MinScore);

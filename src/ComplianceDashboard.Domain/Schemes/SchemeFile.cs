using System.Text.Json;

namespace ComplianceDashboard.Domain.Schemes;

// The raw JSON shape (camelCase). Enums stay strings here so the loader can report unknown names with their path.
internal sealed class SchemeFile
{
    public string? Code { get; set; }
    public string? Version { get; set; }
    public string? Name { get; set; }
    public decimal? TotalBasePoints { get; set; }
    public decimal? TotalBonusPoints { get; set; }
    public List<Level1File>? Level1 { get; set; }
    public List<ObligationFile>? Obligations { get; set; }
    public List<ItemFile>? Items { get; set; }
    public List<GradeBandFile>? GradeBands { get; set; }
    public FulfilmentFile? Fulfilment { get; set; }
}

internal sealed class FulfilmentFile
{
    public List<FulfilmentRowFile>? Rows { get; set; }
}

internal sealed class FulfilmentRowFile
{
    public int? Number { get; set; }
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string? Standard { get; set; }
    public decimal? Threshold { get; set; }
    public decimal? Weight { get; set; }
    public string? TotalLabel { get; set; }
    public string? UnmetLabel { get; set; }
    public string? Source { get; set; }
}

internal sealed class Level1File
{
    public string? Name { get; set; }
    public decimal? Points { get; set; }
    public bool IsBonus { get; set; }
    public List<Level2File>? Level2 { get; set; }
}

internal sealed class Level2File
{
    public string? Name { get; set; }
    public decimal? Points { get; set; }
}

internal sealed class ObligationFile
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? Evidence { get; set; }
    public string? Period { get; set; }
    public string? Scope { get; set; }
    public List<string>? RecordKinds { get; set; }
    public int GraceDays { get; set; }
}

internal sealed class ItemFile
{
    public string? Code { get; set; }
    public string? Level1 { get; set; }
    public string? Level2 { get; set; }
    public string? Name { get; set; }
    public decimal? MaxPoints { get; set; }
    public string? Rule { get; set; }
    public decimal? Unit { get; set; }
    public List<string>? Obligations { get; set; }
    public CheckFile? Check { get; set; }
    public List<string>? EventKinds { get; set; }
    public decimal? LabelPoints { get; set; }
    public List<string>? Departments { get; set; }
    public List<string>? Executors { get; set; }
}

internal sealed class CheckFile
{
    public string? Name { get; set; }
    public Dictionary<string, JsonElement>? Parameters { get; set; }
}

internal sealed class GradeBandFile
{
    public string? Code { get; set; }
    public string? Label { get; set; }
    public decimal? MinScore { get; set; }
}

namespace ComplianceDashboard.Domain.Competition;

/// <summary>How a 服务承诺兑现表 row earns its weight (domain brief §7).</summary>
public enum FulfilmentRowKind
{
    /// <summary>A measured rate (e.g. reliability ≥ 99.9 %): the whole weight when it meets the threshold, else 0.</summary>
    Threshold,

    /// <summary>Total cases and cases not meeting the commitment: weight × (1 − unmet/total); total 0 counts as 100 %.</summary>
    Count,
}

/// <summary>One row of the 服务承诺兑现表 as the scheme file defines it.</summary>
/// <param name="Threshold">For a threshold row, the minimum rate in percent (99.9 = 99.9 %).</param>
/// <param name="Source">Where the row can be computed from instead of being entered (e.g. "业扩"), or null.</param>
public sealed record FulfilmentRowDefinition(
    int Number,
    string Name,
    FulfilmentRowKind Kind,
    string Standard,
    decimal? Threshold,
    decimal Weight,
    string? TotalLabel,
    string? UnmetLabel,
    string? Source);

/// <summary>The 服务承诺兑现表 of a scheme: its rows; the item that uses it scales Σ earned / Σ weight to its max points.</summary>
public sealed class FulfilmentTable(IReadOnlyList<FulfilmentRowDefinition> rows)
{
    public IReadOnlyList<FulfilmentRowDefinition> Rows { get; } = rows;

    /// <summary>Σ weights (19 for MD-2006: seventeen rows of 1 and row 15 of 2).</summary>
    public decimal TotalWeight { get; } = rows.Sum(r => r.Weight);

    public FulfilmentRowDefinition Row(int number) =>
        Rows.FirstOrDefault(r => r.Number == number) ?? throw new KeyNotFoundException($"No fulfilment row {number}.");
}

/// <summary>
/// What was entered (or computed) for one row of one unit in one period: a rate for a threshold row, total and
/// unmet for a count row. Null values are "not entered".
/// </summary>
public sealed record FulfilmentEntry(int RowNumber, decimal? Rate, int? Total, int? Unmet);

/// <summary>One row's outcome. <see cref="FulfilmentRate"/> is 0…1 (null = nothing entered), <see cref="Points"/> the earned weight.</summary>
public sealed record FulfilmentRowResult(FulfilmentRowDefinition Row, FulfilmentEntry? Entry, decimal? FulfilmentRate, decimal Points)
{
    public bool Entered => FulfilmentRate is not null;

    /// <summary>Below the commitment: a threshold row missed, or a count row with any unmet case.</summary>
    public bool BelowStandard => FulfilmentRate is { } r && r < 1m;
}

/// <summary>The whole table's outcome: the rows and the item score (maxPoints × Σ earned / Σ weight, rounded to 0.1).</summary>
public sealed record FulfilmentResult(IReadOnlyList<FulfilmentRowResult> Rows, decimal EarnedWeight, decimal TotalWeight, decimal Score);

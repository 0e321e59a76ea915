namespace ComplianceDashboard.Domain.Competition;

/// <summary>
/// The 服务承诺兑现表 arithmetic (domain brief §7). A threshold row earns its weight when the rate meets the
/// threshold; a count row earns weight × (1 − unmet/total), total 0 counting as 100 %. The item score is
/// maxPoints × Σ earned / Σ weight, rounded half away from zero to 0.1. A row with nothing entered earns 0
/// (and shows as not entered): a unit cannot gain points by leaving rows blank.
/// </summary>
public static class FulfilmentCalculator
{
    public static FulfilmentResult Compute(FulfilmentTable table, decimal maxPoints, IEnumerable<FulfilmentEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(table);
        ArgumentNullException.ThrowIfNull(entries);
        var byRow = new Dictionary<int, FulfilmentEntry>();
        foreach (var e in entries)
        {
            byRow[e.RowNumber] = e;
        }
        var rows = new List<FulfilmentRowResult>(table.Rows.Count);
        decimal earned = 0;
        foreach (var row in table.Rows)
        {
            var result = Row(row, byRow.GetValueOrDefault(row.Number));
            earned += result.Points;
            rows.Add(result);
        }
        return new FulfilmentResult(rows, earned, table.TotalWeight, Scale(maxPoints, earned, table.TotalWeight));
    }

    /// <summary>One row: its 兑现率 (0…1, null when not entered) and earned weight.</summary>
    public static FulfilmentRowResult Row(FulfilmentRowDefinition row, FulfilmentEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(row);
        var rate = Rate(row, entry);
        return new FulfilmentRowResult(row, entry, rate, rate is { } r ? row.Weight * r : 0m);
    }

    /// <summary>兑现率 of a row: 1 or 0 for a threshold row; 1 − unmet/total for a count row (total 0 → 1).</summary>
    public static decimal? Rate(FulfilmentRowDefinition row, FulfilmentEntry? entry)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (entry is null)
        {
            return null;
        }
        if (row.Kind == FulfilmentRowKind.Threshold)
        {
            return entry.Rate is { } measured ? (measured >= (row.Threshold ?? 0) ? 1m : 0m) : null;
        }
        if (entry.Total is not { } total || entry.Unmet is not { } unmet)
        {
            return null;
        }
        if (total <= 0)
        {
            return 1m;
        }
        return 1m - (decimal)Math.Clamp(unmet, 0, total) / total;
    }

    /// <summary>maxPoints × earned / totalWeight, rounded half away from zero to 0.1.</summary>
    public static decimal Scale(decimal maxPoints, decimal earned, decimal totalWeight) =>
        totalWeight <= 0 ? 0 : Math.Round(maxPoints * earned / totalWeight, 1, MidpointRounding.AwayFromZero);

    /// <summary>
    /// Several periods (months) of one unit folded into one entry per row: count rows add their totals and unmet
    /// cases; threshold rows take the mean of the rates entered. Rows with nothing entered stay absent.
    /// </summary>
    public static IReadOnlyList<FulfilmentEntry> Aggregate(IEnumerable<FulfilmentEntry> periods)
    {
        ArgumentNullException.ThrowIfNull(periods);
        return [.. periods.GroupBy(e => e.RowNumber).OrderBy(g => g.Key).Select(g =>
        {
            var rates = g.Where(e => e.Rate is not null).Select(e => e.Rate!.Value).ToList();
            var counts = g.Where(e => e.Total is not null && e.Unmet is not null).ToList();
            return new FulfilmentEntry(
                g.Key,
                rates.Count > 0 ? Math.Round(rates.Average(), 3, MidpointRounding.AwayFromZero) : null,
                counts.Count > 0 ? counts.Sum(e => e.Total!.Value) : null,
                counts.Count > 0 ? counts.Sum(e => e.Unmet!.Value) : null);
        })];
    }
}

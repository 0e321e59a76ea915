namespace ComplianceDashboard.Domain.Competition;

/// <summary>A unit's total in a competition round, to be ranked.</summary>
public sealed record RankInput(int UnitId, string Name, decimal Total);

/// <summary>A ranked unit: standard competition ranking (1, 2, 2, 4) on the total.</summary>
public sealed record RankedUnit(int Rank, int UnitId, string Name, decimal Total);

public static class CompetitionRanking
{
    /// <summary>
    /// Highest total first; equal totals share a rank and the next rank skips (1, 2, 2, 4). Within a tie the
    /// order is by name then id, so the list is stable.
    /// </summary>
    public static IReadOnlyList<RankedUnit> Rank(IEnumerable<RankInput> units)
    {
        ArgumentNullException.ThrowIfNull(units);
        var ordered = units.OrderByDescending(u => u.Total).ThenBy(u => u.Name, StringComparer.Ordinal).ThenBy(u => u.UnitId).ToList();
        var result = new List<RankedUnit>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Total == ordered[i - 1].Total ? result[i - 1].Rank : i + 1;
            result.Add(new RankedUnit(rank, ordered[i].UnitId, ordered[i].Name, ordered[i].Total));
        }
        return result;
    }
}

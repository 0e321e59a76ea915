using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Domain.Scoring;

namespace ComplianceDashboard.Domain.Schemes;

/// <summary>
/// A loaded, validated rubric scheme (immutable). Everything the engine needs is data here, so another
/// scheme is just another JSON file.
/// </summary>
public sealed class Scheme
{
    private readonly Dictionary<string, ObligationDefinition> _obligations;
    private readonly Dictionary<string, RubricItem> _items;
    private readonly ILookup<string, RubricItem> _itemsByObligation;

    public Scheme(
        string code,
        string version,
        string name,
        decimal totalBasePoints,
        decimal totalBonusPoints,
        IReadOnlyList<SchemeLevel1> level1,
        IReadOnlyList<ObligationDefinition> obligations,
        IReadOnlyList<RubricItem> items,
        IReadOnlyList<GradeBand> gradeBands,
        IReadOnlyList<SchemeProblem> warnings,
        FulfilmentTable? fulfilment = null)
    {
        Fulfilment = fulfilment;
        Code = code;
        Version = version;
        Name = name;
        TotalBasePoints = totalBasePoints;
        TotalBonusPoints = totalBonusPoints;
        Level1 = level1;
        Obligations = obligations;
        Items = items;
        GradeBands = [.. gradeBands.OrderByDescending(b => b.MinScore)];
        Warnings = warnings;
        _obligations = obligations.ToDictionary(o => o.Id, StringComparer.Ordinal);
        _items = items.ToDictionary(i => i.Code, StringComparer.Ordinal);
        _itemsByObligation = items.SelectMany(i => i.Obligations.Select(o => (o, i))).ToLookup(p => p.o, p => p.i, StringComparer.Ordinal);
    }

    public string Code { get; }
    public string Version { get; }
    public string Name { get; }
    public decimal TotalBasePoints { get; }
    public decimal TotalBonusPoints { get; }
    public IReadOnlyList<SchemeLevel1> Level1 { get; }

    /// <summary>All obligations in file order: Id (O1…), Chinese Name, Evidence, Period, Scope.</summary>
    public IReadOnlyList<ObligationDefinition> Obligations { get; }

    /// <summary>All rubric items in file order.</summary>
    public IReadOnlyList<RubricItem> Items { get; }

    /// <summary>Grade bands, highest first.</summary>
    public IReadOnlyList<GradeBand> GradeBands { get; }

    /// <summary>The 服务承诺兑现表 a <see cref="RuleKind.Fulfilment"/> item computes from (MD-2006), or null.</summary>
    public FulfilmentTable? Fulfilment { get; }

    /// <summary>A competition scheme: every item is judged by evaluators or computed from the fulfilment table.</summary>
    public bool IsCompetition => Items.All(i => i.Rule is RuleKind.Judgement or RuleKind.Fulfilment);

    /// <summary>Non-fatal findings of the loader, e.g. a level-2 label that disagrees with its items' sum.</summary>
    public IReadOnlyList<SchemeProblem> Warnings { get; }

    /// <summary>Loads a scheme shipped inside the domain assembly (cached), e.g. "QL-2022".</summary>
    public static Scheme LoadEmbedded(string code) => SchemeCatalog.Get(code);

    public ObligationDefinition GetObligation(string id) =>
        _obligations.TryGetValue(id, out var o) ? o : throw new KeyNotFoundException($"Scheme {Code} has no obligation '{id}'.");

    public bool TryGetObligation(string id, out ObligationDefinition obligation) => _obligations.TryGetValue(id, out obligation!);

    public RubricItem GetItem(string code) =>
        _items.TryGetValue(code, out var i) ? i : throw new KeyNotFoundException($"Scheme {Code} has no item '{code}'.");

    /// <summary>The items whose score depends on an obligation (e.g. O5 → item 13).</summary>
    public IReadOnlyList<RubricItem> ItemsDependingOn(string obligationId) => [.. _itemsByObligation[obligationId]];

    /// <summary>
    /// Points one more missing period of the obligation costs, ignoring the station's current state:
    /// the whole item for an All item, the unit for a PerMiss item (summed over dependent items).
    /// </summary>
    public decimal PointsAtStake(string obligationId) =>
        _itemsByObligation[obligationId].Sum(i => i.Rule == RuleKind.PerMiss ? Math.Min(i.Unit, i.MaxPoints) : i.MaxPoints);

    /// <summary>
    /// Points one more missing period would cost this station given its current grade: an All item that is
    /// already 0 has nothing left to lose; a PerMiss item loses at most what it still has.
    /// </summary>
    public decimal PointsAtStake(string obligationId, StationGrade current)
    {
        ArgumentNullException.ThrowIfNull(current);
        return PointsAtStake(obligationId, current.Items);
    }

    /// <summary>As <see cref="PointsAtStake(string, StationGrade)"/>, from stored item scores (a snapshot).</summary>
    public decimal PointsAtStake(string obligationId, IReadOnlyList<ItemScore> currentItems)
    {
        ArgumentNullException.ThrowIfNull(currentItems);
        decimal total = 0;
        foreach (var item in _itemsByObligation[obligationId])
        {
            var remaining = currentItems.FirstOrDefault(s => s.Code == item.Code)?.Points ?? item.MaxPoints;
            total += item.Rule == RuleKind.PerMiss ? Math.Min(item.Unit, remaining) : remaining;
        }
        return total;
    }

    /// <summary>The band whose minimum the score reaches (bands are sorted highest first).</summary>
    public GradeBand BandFor(decimal score) =>
        GradeBands.FirstOrDefault(b => score >= b.MinScore) ?? GradeBands[^1];
}

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>One item of a station's evaluated result: the engine's points and, where an expert judged it, theirs.</summary>
public sealed record EvaluatedItem(ItemScore Computed, ExpertAdjustmentView? Adjustment, bool NeedsExpert)
{
    public decimal Points => Adjustment?.Points ?? Computed.Points;
}

public sealed record ExpertAdjustmentView(string ItemCode, decimal ComputedPoints, decimal Points, string Reason, string AdjustedBy, DateTime AdjustedAt);

/// <summary>The snapshot with expert adjustments applied: totals and band as the scheme computes them.</summary>
public sealed record FinalResult(IReadOnlyList<EvaluatedItem> Items, decimal BaseScore, decimal BonusScore, decimal Total, GradeBand Band)
{
    /// <summary>Items 26 and 28 always need expert judgement; a round may name more.</summary>
    public static readonly IReadOnlyList<string> DefaultExpertItems = ["26", "28"];

    public static IReadOnlySet<string> ExpertItems(string roundExtra) =>
        DefaultExpertItems.Concat(roundExtra.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToHashSet(StringComparer.Ordinal);

    public static FinalResult Compute(Scheme scheme, IReadOnlyList<ItemScore> items, IEnumerable<ExpertAdjustment> adjustments, IReadOnlySet<string> expertItems)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var byCode = adjustments.ToDictionary(a => a.ItemCode, StringComparer.Ordinal);
        var evaluated = items.Select(i => new EvaluatedItem(i,
            byCode.TryGetValue(i.Code, out var a) ? new ExpertAdjustmentView(a.ItemCode, i.Points, a.Points, a.Reason, a.AdjustedBy, a.AdjustedAt) : null,
            expertItems.Contains(i.Code))).ToList();
        // Same arithmetic as RubricEngine: the bonus never exceeds its cap.
        var baseScore = evaluated.Where(i => !i.Computed.IsBonus).Sum(i => i.Points);
        var bonus = evaluated.Where(i => i.Computed.IsBonus).Sum(i => i.Points);
        if (scheme.TotalBonusPoints > 0)
        {
            bonus = Math.Min(bonus, scheme.TotalBonusPoints);
        }
        var total = baseScore + bonus;
        return new FinalResult(evaluated, baseScore, bonus, total, scheme.BandFor(total));
    }
}

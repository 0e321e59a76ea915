using ComplianceDashboard.Domain.Scoring.Checks;

namespace ComplianceDashboard.Domain.Scoring;

/// <summary>
/// Applies an item's rule to its obligation cells, condition check and incident records.
/// Gap points: for All the whole item loss sits on the first gap (the others carry 0) so gaps sum to the loss;
/// for PerMiss/PerEvent each gap carries its unit until the floor of 0; for an unearned Bonus the single gap
/// carries the points that could be earned.
/// </summary>
internal static class ItemScorer
{
    public static ItemScore Score(CheckContext context, ConditionCheckRegistry checks)
    {
        var item = context.Item;
        var cells = item.Obligations.SelectMany(context.CalendarOf).ToList();
        var outcome = item.Check is { } spec ? checks.Get(spec.Name).Evaluate(context, spec.Parameters) : null;

        var recordIds = new List<long>();
        recordIds.AddRange(cells.Where(c => c.Status is ObligationStatus.OnTime or ObligationStatus.Late).SelectMany(c => c.RecordIds));
        if (outcome is not null)
            recordIds.AddRange(outcome.RecordIds);

        var raw = new List<ItemGap>();
        foreach (var c in cells.Where(c => c.Status is ObligationStatus.Missing or ObligationStatus.Late))
            raw.Add(new ItemGap(CellText.Describe(context, c), 0, c.ObligationId, c.Period.Key, c.SubjectId, c.RecordIds));
        foreach (var f in outcome?.Failures ?? [])
            raw.Add(new ItemGap(f.Description, 0, null, f.PeriodKey, f.SubjectId, f.RecordIds));

        return item.Rule switch
        {
            RuleKind.All => All(context, cells, outcome, raw, recordIds),
            RuleKind.PerMiss => Deduct(item, raw, recordIds, cells, context, null),
            RuleKind.PerEvent => PerEvent(context, raw, recordIds),
            RuleKind.Bonus => Bonus(item, outcome, raw, recordIds),
            _ => throw new InvalidOperationException($"Unknown rule {item.Rule}"),
        };
    }

    private static ItemScore All(CheckContext context, List<ObligationPeriod> cells, CheckOutcome? outcome, List<ItemGap> raw, List<long> ids)
    {
        var item = context.Item;
        if (raw.Count == 0)
            return Make(item, item.MaxPoints, Summary(context, cells, outcome), ids, []);
        var gaps = raw.Select((g, i) => g with { PointsLost = i == 0 ? item.MaxPoints : 0 }).ToList();
        var text = CellText.Group(context, cells) + string.Concat(outcome?.Failures.Select(f => "；" + f.Description) ?? []);
        return Make(item, 0, $"不得分：{text.TrimStart('；')}", ids, gaps);
    }

    private static ItemScore PerEvent(CheckContext context, List<ItemGap> raw, List<long> ids)
    {
        var item = context.Item;
        var events = item.EventKinds.SelectMany(context.Records.OfKind)
            .Where(r => r.Attributable && context.Clock.InYearSoFar(r.EventDate))
            .OrderBy(r => r.EventDate).ThenBy(r => r.Id)
            .Select(r => new ItemGap($"{r.EventDate:yyyy-MM-dd} 发生{ChineseNames.Of(r.Kind)}1起", 0, null, null, r.ServicePointId, [r.Id]))
            .ToList();
        ids.AddRange(events.SelectMany(e => e.RecordIds!));
        return Deduct(item, [.. events, .. raw], ids, [], context, "本年未发生扣分事件");
    }

    private static ItemScore Deduct(RubricItem item, List<ItemGap> raw, List<long> ids, List<ObligationPeriod> cells, CheckContext context, string? cleanText)
    {
        var remaining = item.MaxPoints;
        var gaps = new List<ItemGap>();
        foreach (var g in raw)
        {
            var lost = Math.Min(item.Unit, remaining);
            remaining -= lost;
            gaps.Add(g with { Description = $"{g.Description}，扣{Points.Format(lost)}分", PointsLost = lost });
        }
        var text = gaps.Count == 0
            ? cleanText ?? Summary(context, cells, null)
            : string.Join("；", gaps.Select(g => g.Description));
        return Make(item, remaining, text, ids, gaps);
    }

    private static ItemScore Bonus(RubricItem item, CheckOutcome? outcome, List<ItemGap> raw, List<long> ids)
    {
        if (raw.Count == 0)
            return Make(item, item.MaxPoints, $"{outcome?.Summary ?? "符合加分条件"}，加{Points.Format(item.MaxPoints)}分", ids, []);
        var gaps = raw.Select((g, i) => g with { PointsLost = i == 0 ? item.MaxPoints : 0 }).ToList();
        return Make(item, 0, "未加分：" + string.Join("；", raw.Select(g => g.Description)), ids, gaps);
    }

    private static string Summary(CheckContext context, List<ObligationPeriod> cells, CheckOutcome? outcome)
    {
        var parts = new List<string>();
        if (cells.Count > 0)
            parts.Add(CellText.AllOnTime(cells));
        if (outcome?.Summary is { } s)
            parts.Add(s);
        return parts.Count == 0 ? "符合要求" : string.Join("；", parts);
    }

    private static ItemScore Make(RubricItem item, decimal points, string text, List<long> ids, List<ItemGap> gaps) =>
        new(item.Code, item.Level1, item.Level2, item.Name, item.MaxPoints, points, item.Rule, item.Unit, item.IsBonus,
            text, [.. ids.Distinct()], gaps);
}

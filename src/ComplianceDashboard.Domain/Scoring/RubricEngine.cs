using ComplianceDashboard.Domain.Scoring.Checks;

namespace ComplianceDashboard.Domain.Scoring;

/// <summary>
/// Grades one station for one calendar year as of a day. Pure: same inputs, same grade, in whatever order the facts come. Final once
/// the <c>asOf</c> day is after 31 December; before that a provisional score where only due duties count.
/// Supervisor posts are read as of that day through <see cref="SupervisorTerms"/>.
/// </summary>
public static class RubricEngine
{
    public static StationGrade Grade(Scheme scheme, StationFacts facts, int year, DateOnly asOf, ConditionCheckRegistry? checks = null)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        ArgumentNullException.ThrowIfNull(facts);
        checks ??= ConditionCheckRegistry.Default;
        facts = SupervisorTerms.Apply(facts.InCanonicalOrder(), asOf); // an expired, unrenewed term ends the post (items 4–7, 21)
        var clock = new GradingClock(year, asOf);
        var index = new RecordIndex(facts.Records, asOf);
        var calendar = ObligationCalendar.Build(scheme, facts, clock, index);
        var byObligation = calendar.GroupBy(c => c.ObligationId)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ObligationPeriod>)g.ToList(), StringComparer.Ordinal);

        var items = new List<ItemScore>(scheme.Items.Count);
        CheckContext? context = null;
        foreach (var item in scheme.Items)
        {
            context = context is null ? new CheckContext(scheme, item, facts, clock, index, byObligation) : context.ForItem(item);
            items.Add(ItemScorer.Score(context, checks));
        }

        var baseScore = items.Where(i => !i.IsBonus).Sum(i => i.Points);
        var bonus = items.Where(i => i.IsBonus).Sum(i => i.Points);
        if (scheme.TotalBonusPoints > 0)
            bonus = Math.Min(bonus, scheme.TotalBonusPoints); // the bonus never exceeds its cap
        var total = baseScore + bonus;
        return new StationGrade(facts.StationId, year, asOf, clock.IsFinal, scheme.Code, scheme.Version,
            items, baseScore, bonus, total, scheme.BandFor(total), calendar);
    }
}

namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 6 (dismissal half; the yearly evaluation is obligation O14 of the same item): every dismissal ground
/// must be followed by dismissal within <c>dismissWithinMonths</c>. Grounds are the recorded dismissal cases,
/// every evaluation rated 不称职 (the seed's item 6: 对不符合工作条件的监督员及时解聘; the ground arises on the
/// evaluation's date), and ground (b), derived: <c>inactiveMonths</c> consecutive whole calendar months in post with no record
/// naming the supervisor (the ground arises on the last day of the run). A ground counts in the year its
/// deadline falls in, once the deadline has passed. Dismissed = the case's DismissedOn, or the person no
/// longer holds any supervisor post after the deadline (dismissed, or left by other means).
/// </summary>
public sealed class SupervisorEvaluatedAndDismissalsCheck() : ConditionCheckBase(
    "SupervisorEvaluatedAndDismissals", NumberParameter("inactiveMonths"), NumberParameter("dismissWithinMonths"))
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var inactiveMonths = parameters.GetInt("inactiveMonths", 6);
        var within = parameters.GetInt("dismissWithinMonths", 1);
        var clock = context.Clock;
        var posts = context.Facts.SupervisorServices().ToLookup(a => a.PersonId);
        var grounds = context.Facts.Dismissals.Select(d => new Ground(d.PersonId, d.GroundOn, d.DismissedOn, "记录的解聘情形")).ToList();
        grounds.AddRange(context.Records.OfKind(RecordKind.SupervisorEvaluation)
            .Where(r => r is { EvaluationResult: EvaluationResult.Incompetent, PersonId: not null })
            .Select(r => new Ground(r.PersonId!.Value, r.EventDate, null, "考评不称职")));
        foreach (var person in posts)
            grounds.AddRange(InactivityGrounds(context, person.Key, [.. person], inactiveMonths, grounds));

        var failures = new List<CheckFailure>();
        foreach (var g in grounds.OrderBy(g => g.On))
        {
            var deadline = g.On.AddMonths(within);
            if (deadline.Year != clock.Year || !clock.IsDecided(deadline))
                continue;
            var dismissed = (g.DismissedOn is { } d && d <= deadline)
                || !posts[g.PersonId].Any(a => a.From <= deadline && (a.To is null || a.To > deadline));
            if (!dismissed)
                failures.Add(new CheckFailure(
                    $"监督员{context.PersonName(g.PersonId)}于{g.On:yyyy-MM-dd}出现{g.What}，未在{deadline:yyyy-MM-dd}前解聘", [], g.PersonId));
        }
        return CheckOutcome.From(failures, [], "无应解聘未解聘的监督员");
    }

    private static IEnumerable<Ground> InactivityGrounds(CheckContext context, int personId, List<SupervisorService> posts, int months, List<Ground> recorded)
    {
        // Look back far enough for a run whose dismissal deadline lands in this year, but not before the
        // station's earliest record: months the data does not cover say nothing about inactivity.
        var month = new DateOnly(context.Clock.Year - 1, 1, 1);
        if (context.Records.EarliestDate is not { } earliest)
            yield break;
        if (earliest > month)
            month = new DateOnly(earliest.Year, earliest.Month, 1);
        var run = 0;
        while (true)
        {
            var end = PeriodMath.MonthEnd(month);
            if (end > context.Clock.JudgeDate)
                yield break;
            var inPost = posts.Any(a => a.HoldsOn(month) && a.HoldsOn(end));
            run = inPost && !context.Records.PersonHasRecordIn(personId, month) ? run + 1 : 0;
            if (run == months)
            {
                run = 0; // a further run of inactivity is a new ground
                var already = recorded.Any(g => g.PersonId == personId && Math.Abs(g.On.DayNumber - end.DayNumber) <= 31);
                if (!already)
                    yield return new Ground(personId, end, null, $"连续{months}个月未履职");
            }
            month = month.AddMonths(1);
        }
    }

    private sealed record Ground(int PersonId, DateOnly On, DateOnly? DismissedOn, string What);
}

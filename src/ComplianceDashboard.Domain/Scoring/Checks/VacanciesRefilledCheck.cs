namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 7: every ended assignment whose service point stays active opens a vacancy that must be refilled
/// (someone else holds the same role there on some day up to the same calendar day <c>months</c> later).
/// A miss counts in the year its deadline falls in, and only once the deadline has passed.
/// </summary>
public sealed class VacanciesRefilledCheck() : ConditionCheckBase("VacanciesRefilled", NumberParameter("months"))
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var months = parameters.GetInt("months", 1);
        var clock = context.Clock;
        var points = context.Facts.ServicePoints.ToDictionary(p => p.Id);
        var byPost = context.Facts.Assignments.ToLookup(a => (a.ServicePointId, a.Role));
        var failures = new List<CheckFailure>();
        foreach (var ended in context.Facts.Assignments.Where(a => a.To is not null).OrderBy(a => a.To))
        {
            var vacantFrom = ended.To!.Value.AddDays(1);
            var deadline = ended.To.Value.AddMonths(months);
            if (deadline.Year != clock.Year || !clock.IsDecided(deadline))
                continue;
            if (!points.TryGetValue(ended.ServicePointId, out var point) || !point.IsActiveOn(vacantFrom))
                continue; // the point closed: nothing to refill
            var refilled = byPost[(ended.ServicePointId, ended.Role)]
                .Any(a => a.Id != ended.Id && a.From <= deadline && (a.To is null || a.To >= vacantFrom));
            if (!refilled)
                failures.Add(new CheckFailure(
                    $"站点「{point.Name}」{ChineseNames.Of(ended.Role)}自{vacantFrom:yyyy-MM-dd}空缺，未在{deadline:yyyy-MM-dd}前补充",
                    [], point.Id));
        }
        return CheckOutcome.From(failures, [], $"人员变动均在{months}个月内完成调整");
    }
}

namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 19: every emerging problem found by an inspection in the year needs a reminder answering it, dated
/// from the inspection day up to <c>days</c> later. A problem whose window is still open is not a failure.
/// </summary>
public sealed class ProblemsHaveRemindersCheck() : ConditionCheckBase("ProblemsHaveReminders", NumberParameter("days"))
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var days = parameters.GetInt("days", 7);
        var failures = new List<CheckFailure>();
        var ids = new List<long>();
        var count = 0;
        foreach (var inspection in context.Records.WithEmergingProblems.Where(r => context.Clock.InYearSoFar(r.EventDate)))
        {
            var deadline = inspection.EventDate.AddDays(days);
            foreach (var problem in inspection.EmergingProblems)
            {
                count++;
                var reminder = context.Records.RemindersFor(problem.Id)
                    .FirstOrDefault(r => r.EventDate >= inspection.EventDate && r.EventDate <= deadline);
                if (reminder is not null)
                    ids.Add(reminder.Id);
                else if (context.Clock.IsDecided(deadline))
                    failures.Add(new CheckFailure(
                        $"{inspection.EventDate:yyyy-MM-dd} 检查发现的问题「{problem.Description}」未在{days}天内提醒客户经理", [inspection.Id]));
            }
        }
        return CheckOutcome.From(failures, ids, count == 0 ? "本年未发现苗头性问题" : $"{count}个苗头性问题均已及时提醒");
    }
}

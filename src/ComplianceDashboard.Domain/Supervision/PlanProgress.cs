namespace ComplianceDashboard.Domain.Supervision;

/// <summary>One key task (重点任务) of a supervision plan, as progress sees it.</summary>
public sealed record PlanTaskFact(long Id, int Month, int TargetStations, int StationsInspected);

/// <summary>A month of the plan: tasks due, tasks done (every target station inspected), tasks overdue.</summary>
public sealed record PlanMonth(int Month, int Due, int Done, int Overdue);

/// <summary>Plan progress per month: a task is done when each target station has a linked inspection; overdue when its month has ended and it is not done.</summary>
public static class PlanProgress
{
    public static bool IsDone(PlanTaskFact task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return task.TargetStations > 0 && task.StationsInspected >= task.TargetStations;
    }

    public static IReadOnlyList<PlanMonth> ByMonth(int year, IEnumerable<PlanTaskFact> tasks, DateOnly today)
    {
        var list = tasks.ToList();
        return [.. Enumerable.Range(1, 12).Select(m =>
        {
            var due = list.Where(t => t.Month == m).ToList();
            var ended = new DateOnly(year, m, DateTime.DaysInMonth(year, m)) < today;
            var done = due.Count(IsDone);
            return new PlanMonth(m, due.Count, done, ended ? due.Count - done : 0);
        })];
    }
}

namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// Who owes a per-point / per-supervisor duty for a period: the subject must be active (hold the post) both on
/// the first day and on the due date — opened or appointed mid-period owes from the next period, left before
/// the due date owes nothing. Subjects known during the year but not owing get NotApplicable cells.
/// </summary>
internal sealed class SubjectResolver
{
    private readonly List<ServicePointFact> _points;
    private readonly Dictionary<int, List<SupervisorService>> _supervisorPosts;

    public SubjectResolver(StationFacts facts, GradingClock clock)
    {
        _points = [.. facts.ServicePoints
            .Where(p => p.OpenedOn <= clock.YearEnd && (p.ClosedOn is null || p.ClosedOn >= clock.YearStart))
            .OrderBy(p => p.Id)];
        // Service-point and project supervisors alike owe the per-supervisor duties (O12, O14).
        _supervisorPosts = facts.SupervisorServices()
            .Where(a => a.From <= clock.YearEnd && (a.To is null || a.To >= clock.YearStart))
            .GroupBy(a => a.PersonId)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => g.ToList());
    }

    public IEnumerable<(int? SubjectId, bool Owed)> For(ObligationScope scope, Period period, DateOnly due)
    {
        switch (scope)
        {
            case ObligationScope.Station:
                yield return (null, true);
                break;
            case ObligationScope.ServicePoint:
                foreach (var p in _points)
                    yield return (p.Id, p.IsActiveOn(period.Start) && p.IsActiveOn(due));
                break;
            case ObligationScope.Supervisor:
                foreach (var (person, posts) in _supervisorPosts)
                    yield return (person, HoldsThroughout(posts, period.Start, due));
                break;
        }
    }

    // Back-to-back assignments (e.g. moved between points) count as continuous service.
    private static bool HoldsThroughout(List<SupervisorService> posts, DateOnly from, DateOnly to)
    {
        var day = from;
        while (true)
        {
            var covering = posts.Where(a => a.HoldsOn(day)).Select(a => a.To ?? DateOnly.MaxValue).DefaultIfEmpty(DateOnly.MinValue).Max();
            if (covering == DateOnly.MinValue)
                return false;
            if (covering >= to)
                return true;
            day = covering.AddDays(1);
        }
    }
}

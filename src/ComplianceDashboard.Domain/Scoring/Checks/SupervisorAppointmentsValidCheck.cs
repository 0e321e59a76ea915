namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 5: every day a supervisor (service point or engineering project) served in the year (up to the judge date) is covered by an approved
/// appointment (document number and approval date; it counts from the later of term start and approval)
/// whose term is at most <c>maxTermYears</c> long and at most the <c>maxConsecutiveTerms</c>-th in a row.
/// </summary>
public sealed class SupervisorAppointmentsValidCheck() : ConditionCheckBase(
    "SupervisorAppointmentsValid", NumberParameter("maxTermYears"), NumberParameter("maxConsecutiveTerms"))
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var maxYears = parameters.GetInt("maxTermYears", 2);
        var maxTerms = parameters.GetInt("maxConsecutiveTerms", 2);
        var clock = context.Clock;
        var appointments = context.Facts.Appointments.ToLookup(a => a.PersonId);
        var failures = new List<CheckFailure>();
        var served = context.Facts.SupervisorServices()
            .Where(a => a.From <= clock.JudgeDate && (a.To is null || a.To >= clock.YearStart))
            .GroupBy(a => a.PersonId)
            .OrderBy(g => g.Key);
        foreach (var person in served)
        {
            var name = context.PersonName(person.Key);
            var valid = new List<(DateOnly From, DateOnly To)>();
            foreach (var ap in appointments[person.Key])
            {
                if (string.IsNullOrWhiteSpace(ap.DocumentNo) || ap.ApprovedOn is null)
                    failures.Add(new CheckFailure($"监督员{name}的聘任未经公司纪委批准发文", [], person.Key));
                else if (ap.TermEnd > ap.TermStart.AddYears(maxYears))
                    failures.Add(new CheckFailure($"监督员{name}的任期超过{maxYears}年", [], person.Key));
                else if (ap.ConsecutiveTerm > maxTerms || ap.ConsecutiveTerm < 1)
                    failures.Add(new CheckFailure($"监督员{name}连续任职第{ap.ConsecutiveTerm}届，超过{maxTerms}届", [], person.Key));
                else
                    valid.Add((Max(ap.TermStart, ap.ApprovedOn.Value), ap.TermEnd));
            }
            foreach (var a in person)
            {
                var from = Max(a.From, clock.YearStart);
                var to = Min(a.To ?? clock.JudgeDate, clock.JudgeDate);
                if (FirstUncovered(valid, from, to) is { } gap)
                    failures.Add(new CheckFailure($"监督员{name}自{gap:yyyy-MM-dd}起无有效聘任", [], person.Key));
            }
        }
        return CheckOutcome.From([.. failures.DistinctBy(f => f.Description)], [], "监督员均经公司纪委批准聘任且符合任期规定");
    }

    private static DateOnly? FirstUncovered(List<(DateOnly From, DateOnly To)> terms, DateOnly from, DateOnly to)
    {
        var day = from;
        while (day <= to)
        {
            var reach = terms.Where(t => t.From <= day && t.To >= day).Select(t => t.To).DefaultIfEmpty(DateOnly.MinValue).Max();
            if (reach == DateOnly.MinValue)
                return day;
            if (reach >= to)
                return null;
            day = reach.AddDays(1);
        }
        return null;
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// Every obligation × period of the year × subject, with its status (domain.md §3). A record belongs to the
/// period containing its ForPeriod day (else its EventDate); it is on time if dated on or before the due date.
/// </summary>
public static class ObligationCalendar
{
    public static IReadOnlyList<ObligationPeriod> Build(Scheme scheme, StationFacts facts, int year, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(facts);
        return Build(scheme, SupervisorTerms.Apply(facts, asOf), new GradingClock(year, asOf), new RecordIndex(facts.Records, asOf));
    }

    internal static List<ObligationPeriod> Build(Scheme scheme, StationFacts facts, GradingClock clock, RecordIndex index)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        var subjects = new SubjectResolver(facts, clock);
        var result = new List<ObligationPeriod>();
        foreach (var obligation in scheme.Obligations)
            AddObligation(obligation, clock, index, subjects, result);
        return result;
    }

    private static void AddObligation(ObligationDefinition o, GradingClock clock, RecordIndex index, SubjectResolver subjects, List<ObligationPeriod> result)
    {
        var recordsByCell = IndexRecords(o, index);
        foreach (var period in PeriodMath.OfYear(o.Period, clock.Year))
        {
            var due = period.End.AddDays(o.GraceDays);
            foreach (var (subjectId, owed) in subjects.For(o.Scope, period, due))
            {
                recordsByCell.TryGetValue((period.Start, subjectId), out var records);
                var status = owed ? StatusOf(records, due, clock) : ObligationStatus.NotApplicable;
                IReadOnlyList<long> ids = records is null ? [] : records.ConvertAll(r => r.Id);
                result.Add(new ObligationPeriod(o.Id, period, due, o.Scope, subjectId, status, ids));
            }
        }
    }

    // One pass over the obligation's records: (period start, subject) → records.
    private static Dictionary<(DateOnly, int?), List<EvidenceRecordFact>> IndexRecords(ObligationDefinition o, RecordIndex index)
    {
        var map = new Dictionary<(DateOnly, int?), List<EvidenceRecordFact>>();
        foreach (var kind in o.RecordKinds)
        {
            foreach (var r in index.OfKind(kind))
            {
                int? subject = o.Scope switch
                {
                    ObligationScope.ServicePoint => r.ServicePointId,
                    ObligationScope.Supervisor => r.PersonId,
                    _ => null,
                };
                if (o.Scope != ObligationScope.Station && subject is null)
                    continue; // a per-point or per-person duty needs to know whose record it is
                var key = (PeriodMath.Containing(o.Period, r.ForPeriod ?? r.EventDate).Start, subject);
                if (!map.TryGetValue(key, out var list))
                    map[key] = list = [];
                list.Add(r);
            }
        }
        return map;
    }

    private static ObligationStatus StatusOf(List<EvidenceRecordFact>? records, DateOnly due, GradingClock clock)
    {
        if (records is { Count: > 0 })
            return records.Exists(r => r.EventDate <= due) ? ObligationStatus.OnTime : ObligationStatus.Late;
        return clock.IsDecided(due) ? ObligationStatus.Missing : ObligationStatus.Pending;
    }
}

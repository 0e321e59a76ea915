namespace ComplianceDashboard.Domain.Calendar;

/// <summary>
/// One station's countable records, indexed once so that calendar and checks never scan all records per
/// period. Rejected records, records dated after the day of computation and ledger handovers the supervisor has
/// not acknowledged (O2 is a handover "acknowledged by the supervisor") are left out here, once.
/// </summary>
public sealed class RecordIndex
{
    private static readonly int KindCount = Enum.GetValues<RecordKind>().Length;
    private readonly List<EvidenceRecordFact>[] _byKind;
    private readonly Dictionary<long, EvidenceRecordFact> _byId = [];
    private readonly Dictionary<long, List<EvidenceRecordFact>> _remindersByProblem = [];
    private readonly List<EvidenceRecordFact> _withProblems = [];
    private readonly HashSet<(int PersonId, int MonthIndex)> _personMonths = [];

    public RecordIndex(IEnumerable<EvidenceRecordFact> records, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(records);
        _byKind = new List<EvidenceRecordFact>[KindCount];
        for (var i = 0; i < KindCount; i++)
            _byKind[i] = [];
        foreach (var r in records)
        {
            if (r.Rejected || r.EventDate > asOf || r is { Kind: RecordKind.LedgerHandover, Acknowledged: false })
                continue;
            _byKind[(int)r.Kind].Add(r);
            _byId.TryAdd(r.Id, r);
            if (r.EmergingProblems.Count > 0)
                _withProblems.Add(r);
            if (r.Kind == RecordKind.Reminder && r.AnswersProblemId is { } pid)
            {
                if (!_remindersByProblem.TryGetValue(pid, out var list))
                    _remindersByProblem[pid] = list = [];
                list.Add(r);
            }
            if (EarliestDate is null || r.EventDate < EarliestDate)
                EarliestDate = r.EventDate;
            if (r.PersonId is { } person)
                _personMonths.Add((person, PeriodMath.MonthIndex(r.EventDate)));
        }
    }

    /// <summary>The earliest countable record: before it the station's data says nothing (no inactivity can be inferred).</summary>
    public DateOnly? EarliestDate { get; private set; }

    public IReadOnlyList<EvidenceRecordFact> OfKind(RecordKind kind) => _byKind[(int)kind];

    public EvidenceRecordFact? Find(long id) => _byId.GetValueOrDefault(id);

    /// <summary>Records (inspections) that list emerging problems.</summary>
    public IReadOnlyList<EvidenceRecordFact> WithEmergingProblems => _withProblems;

    public IReadOnlyList<EvidenceRecordFact> RemindersFor(long problemId) =>
        _remindersByProblem.TryGetValue(problemId, out var list) ? list : [];

    /// <summary>Whether any record names the person and is dated in the month (used for dismissal ground b).</summary>
    public bool PersonHasRecordIn(int personId, DateOnly anyDayOfMonth) =>
        _personMonths.Contains((personId, PeriodMath.MonthIndex(anyDayOfMonth)));
}

namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>What a check sees: the station, the clock, the indexed records and the already-built calendar.</summary>
public sealed class CheckContext
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<ObligationPeriod>> _calendarByObligation;
    private readonly Dictionary<int, string> _personNames;
    private readonly Dictionary<int, string> _pointNames;

    public CheckContext(
        Scheme scheme,
        RubricItem item,
        StationFacts facts,
        GradingClock clock,
        RecordIndex records,
        IReadOnlyDictionary<string, IReadOnlyList<ObligationPeriod>> calendarByObligation)
    {
        ArgumentNullException.ThrowIfNull(facts);
        Scheme = scheme;
        Item = item;
        Facts = facts;
        Clock = clock;
        Records = records;
        _calendarByObligation = calendarByObligation;
        _personNames = facts.People.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Name);
        _pointNames = facts.ServicePoints.GroupBy(p => p.Id).ToDictionary(g => g.Key, g => g.First().Name);
    }

    private CheckContext(CheckContext other, RubricItem item)
    {
        Scheme = other.Scheme;
        Item = item;
        Facts = other.Facts;
        Clock = other.Clock;
        Records = other.Records;
        _calendarByObligation = other._calendarByObligation;
        _personNames = other._personNames;
        _pointNames = other._pointNames;
    }

    /// <summary>The same station context for another item (shares the lookups).</summary>
    public CheckContext ForItem(RubricItem item) => new(this, item);

    public Scheme Scheme { get; }
    public RubricItem Item { get; }
    public StationFacts Facts { get; }
    public GradingClock Clock { get; }
    public RecordIndex Records { get; }

    /// <summary>Calendar cells of one obligation (empty when the scheme has none by that id).</summary>
    public IReadOnlyList<ObligationPeriod> CalendarOf(string obligationId) =>
        _calendarByObligation.TryGetValue(obligationId, out var cells) ? cells : [];

    public string PersonName(int id) => _personNames.TryGetValue(id, out var n) ? n : $"#{id}";

    public string PointName(int id) => _pointNames.TryGetValue(id, out var n) ? n : $"#{id}";
}

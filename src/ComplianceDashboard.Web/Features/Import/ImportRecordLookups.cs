using static ComplianceDashboard.Web.Features.Import.ImportValues;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>
/// The record rules' questions answered from one station of the file being imported (it is not in the database
/// yet): its file-local keys get stand-in ids (1, 2, …) so that a <see cref="RecordDto"/> becomes the form's
/// <see cref="RecordInput"/>; when the station is written, its points and people have their real ids instead.
/// Entries the file spells wrongly are left out (they are reported on their own).
/// </summary>
internal sealed class ImportRecordLookups : IRecordLookups
{
    private readonly int _stationId;
    private readonly Dictionary<string, int> _points = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _people = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> _names = [];
    private readonly Dictionary<string, (long Id, DateOnly FoundOn)> _problems = new(StringComparer.Ordinal);
    private readonly List<(int Person, int Point, PostRole Role, DateOnly From, DateOnly? To)> _posts = [];
    private readonly List<(int Person, bool Secretary, DateOnly From, DateOnly? To)> _members = [];

    public ImportRecordLookups(StationDto station) : this(station, 1, null, null)
    {
    }

    /// <summary>The station as written: its id and those of its points and people by key.</summary>
    public ImportRecordLookups(StationDto station, int stationId, IReadOnlyDictionary<string, int>? pointIds, IReadOnlyDictionary<string, int>? personIds)
    {
        _stationId = stationId;
        foreach (var p in station.ServicePoints ?? [])
        {
            if (p?.Key is { Length: > 0 } key)
            {
                _points.TryAdd(key, pointIds?[key] ?? _points.Count + 1);
            }
        }
        foreach (var p in station.People ?? [])
        {
            if (p?.Key is { Length: > 0 } key && _people.TryAdd(key, personIds?[key] ?? _people.Count + 1))
            {
                _names[_people[key]] = p.Name ?? key;
            }
        }
        foreach (var a in station.Posts ?? [])
        {
            if (a is not null && Id(_people, a.Person) is { } person && Id(_points, a.ServicePoint) is { } point && TryEnum<PostRole>(a.Role, out var role)
                && TryDate(a.From, out var from))
            {
                _posts.Add((person, point, role, from, TryDate(a.To, out var to) ? to : null));
            }
        }
        foreach (var m in station.GroupMemberships ?? [])
        {
            if (m is not null && Id(_people, m.Person) is { } person && TryDate(m.From, out var from))
            {
                _members.Add((person, m.IsPartySecretary == true, from, TryDate(m.To, out var to) ? to : null));
            }
        }
        foreach (var r in station.Records ?? [])
        {
            foreach (var p in r?.EmergingProblems ?? [])
            {
                if (p?.Key is { Length: > 0 } key && TryDate(r!.EventDate, out var found))
                {
                    _problems.TryAdd(key, (_problems.Count + 1, found));
                }
            }
        }
    }

    /// <summary>The record as the form would have submitted it (the record's own checks have passed).</summary>
    public RecordInput Input(RecordDto r) => new()
    {
        StationId = _stationId,
        Kind = ParseEnum<RecordKind>(r.Kind!),
        EventDate = OptionalDate(r.EventDate),
        ForPeriod = OptionalDate(r.ForPeriod),
        ServicePointId = Id(_points, r.ServicePoint),
        PersonId = Id(_people, r.Person),
        HandedOverById = Id(_people, r.HandedOverBy),
        Acknowledged = r.Acknowledged,
        EvaluationResult = string.IsNullOrEmpty(r.EvaluationResult) ? null : ParseEnum<EvaluationResult>(r.EvaluationResult),
        Title = r.Title ?? "",
        Content = r.Content ?? "",
        PresentMemberIds = [.. (r.PresentMembers ?? []).Select(k => _people[k])],
        MajorDecisionCount = r.MajorDecisions ?? 0,
        Attendees = Attendees(r.Attendees),
        OutageType = r.Outage is { Type: { } type } ? ParseEnum<OutageType>(type) : null,
        OutageStart = r.Outage?.Start is { } start ? ParseDateTime(start) : null,
        PublishedAt = r.Outage?.PublishedAt is { } published ? ParseDateTime(published) : null,
        EmergingProblems = [.. (r.EmergingProblems ?? []).Select(p => new ProblemInput { Description = p.Description ?? "", CorrectedOn = OptionalDate(p.CorrectedOn) })],
        AnswersProblemId = r.AnswersProblem is { Length: > 0 } problem ? _problems[problem].Id : null,
        Attributable = r.Attributable ?? true,
        RecognisedByVillagers = r.RecognisedByVillagers ?? false,
        RecognisedByLeadership = r.RecognisedByLeadership ?? false,
        HasClearResults = r.HasClearResults,
        PromotedCompanyWide = r.PromotedCompanyWide,
    };

    public Task<bool> StationExistsAsync(int stationId, CancellationToken ct) => Task.FromResult(stationId == _stationId);

    public Task<bool> ServicePointInStationAsync(int stationId, int pointId, CancellationToken ct) => Task.FromResult(_points.ContainsValue(pointId));

    public Task<bool> PersonInStationAsync(int stationId, int personId, CancellationToken ct) => Task.FromResult(_names.ContainsKey(personId));

    public Task<bool> HoldsRoleAsync(int stationId, int personId, RecordPerson role, int? pointId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (role == RecordPerson.Secretary)
        {
            return Task.FromResult(_members.Exists(m => m.Person == personId && m.Secretary && m.From <= to && (m.To is null || m.To >= from)));
        }
        var postRole = role == RecordPerson.Supervisor ? PostRole.Supervisor : PostRole.CustomerManager;
        return Task.FromResult(_posts.Exists(a => a.Person == personId && a.Role == postRole && (pointId is null || a.Point == pointId) && a.From <= to && (a.To is null || a.To >= from)));
    }

    public Task<IReadOnlyList<int>> GroupMembersAsync(int stationId, IReadOnlyCollection<int> personIds, DateOnly date, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<int>>([.. personIds.Where(id => _members.Exists(m => m.Person == id && m.From <= date && (m.To is null || m.To >= date)))]);

    public Task<IReadOnlyList<string>> NamesAsync(IReadOnlyCollection<int> personIds, CancellationToken ct) =>
        Task.FromResult<IReadOnlyList<string>>([.. personIds.Select(id => _names.GetValueOrDefault(id, "?"))]);

    public Task<DateOnly?> ProblemFoundOnAsync(int stationId, long problemId, CancellationToken ct) =>
        Task.FromResult(_problems.Values.Where(p => p.Id == problemId).Select(p => (DateOnly?)p.FoundOn).FirstOrDefault());

    public Task<bool> AnyReminderAnswersAsync(IReadOnlyCollection<long> problemIds, CancellationToken ct) => Task.FromResult(false);

    private static int? Id(Dictionary<string, int> ids, string? key) => key is { Length: > 0 } && ids.TryGetValue(key, out var id) ? id : null;
}

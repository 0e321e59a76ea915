namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// What <see cref="RecordValidator"/> needs to know about a station's organisation and records. The form and the
/// XLSX upload answer from the database (<see cref="DbRecordLookups"/>); the JSON import answers from the file it
/// is importing, whose stations are not in the database yet.
/// </summary>
internal interface IRecordLookups
{
    Task<bool> StationExistsAsync(int stationId, CancellationToken ct);

    Task<bool> ServicePointInStationAsync(int stationId, int pointId, CancellationToken ct);

    Task<bool> PersonInStationAsync(int stationId, int personId, CancellationToken ct);

    /// <summary>Whether the person held <paramref name="role"/> (at <paramref name="pointId"/>, if given) at some time from <paramref name="from"/> to <paramref name="to"/>.</summary>
    Task<bool> HoldsRoleAsync(int stationId, int personId, RecordPerson role, int? pointId, DateOnly from, DateOnly to, CancellationToken ct);

    /// <summary>Those of <paramref name="personIds"/> who were members of the station's supervision group on <paramref name="date"/>.</summary>
    Task<IReadOnlyList<int>> GroupMembersAsync(int stationId, IReadOnlyCollection<int> personIds, DateOnly date, CancellationToken ct);

    Task<IReadOnlyList<string>> NamesAsync(IReadOnlyCollection<int> personIds, CancellationToken ct);

    /// <summary>The date of the inspection that found the problem, or null when it is not one of the station's problems.</summary>
    Task<DateOnly?> ProblemFoundOnAsync(int stationId, long problemId, CancellationToken ct);

    Task<bool> AnyReminderAnswersAsync(IReadOnlyCollection<long> problemIds, CancellationToken ct);
}

/// <summary>The rules' questions answered from the database.</summary>
internal sealed class DbRecordLookups(AppDbContext db) : IRecordLookups
{
    public Task<bool> StationExistsAsync(int stationId, CancellationToken ct) => db.Stations.AnyAsync(s => s.Id == stationId, ct);

    public Task<bool> ServicePointInStationAsync(int stationId, int pointId, CancellationToken ct) =>
        db.ServicePoints.AnyAsync(p => p.Id == pointId && p.StationId == stationId, ct);

    public Task<bool> PersonInStationAsync(int stationId, int personId, CancellationToken ct) =>
        db.People.AnyAsync(p => p.Id == personId && p.StationId == stationId, ct);

    public Task<bool> HoldsRoleAsync(int stationId, int personId, RecordPerson role, int? pointId, DateOnly from, DateOnly to, CancellationToken ct)
    {
        if (role == RecordPerson.Secretary)
        {
            return db.GroupMemberships.AnyAsync(m => m.StationId == stationId && m.PersonId == personId && m.IsPartySecretary && m.From <= to && (m.To == null || m.To >= from), ct);
        }
        var postRole = role == RecordPerson.Supervisor ? PostRole.Supervisor : PostRole.CustomerManager;
        return HoldsPostAsync(stationId, personId, postRole, pointId, from, to, ct);
    }

    private async Task<bool> HoldsPostAsync(int stationId, int personId, PostRole postRole, int? pointId, DateOnly from, DateOnly to, CancellationToken ct) =>
        await db.PostAssignments.AnyAsync(a => a.PersonId == personId && a.Role == postRole && (pointId == null || a.ServicePointId == pointId) && a.From <= to && (a.To == null || a.To >= from), ct)
        // A project supervisor (工程廉政监督员) is a supervisor too, for duties that name no service point.
        || (postRole == PostRole.Supervisor && pointId == null
            && await db.ProjectSupervisors.AnyAsync(p => p.StationId == stationId && p.PersonId == personId && p.From <= to && (p.To == null || p.To >= from), ct));

    public async Task<IReadOnlyList<int>> GroupMembersAsync(int stationId, IReadOnlyCollection<int> personIds, DateOnly date, CancellationToken ct) =>
        await db.GroupMemberships.Where(m => m.StationId == stationId && personIds.Contains(m.PersonId) && m.From <= date && (m.To == null || m.To >= date))
            .Select(m => m.PersonId).ToListAsync(ct);

    public async Task<IReadOnlyList<string>> NamesAsync(IReadOnlyCollection<int> personIds, CancellationToken ct) =>
        await db.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Name).ToListAsync(ct);

    public async Task<DateOnly?> ProblemFoundOnAsync(int stationId, long problemId, CancellationToken ct) =>
        await (from p in db.EmergingProblems
               join r in db.Records on p.RecordId equals r.Id
               where p.Id == problemId && r.StationId == stationId
               select (DateOnly?)r.EventDate).FirstOrDefaultAsync(ct);

    public Task<bool> AnyReminderAnswersAsync(IReadOnlyCollection<long> problemIds, CancellationToken ct) =>
        db.Records.AnyAsync(r => r.Kind == RecordKind.Reminder && r.AnswersProblemId != null && problemIds.Contains(r.AnswersProblemId.Value), ct);
}

namespace ComplianceDashboard.Web.Features.Records;

public sealed record OptionItem<T>(T Id, string Name);

public sealed record MemberOption(int PersonId, string Name, string Role, bool IsPartySecretary);

public sealed record ProblemOption(long Id, string Text, DateOnly FoundOn);

/// <summary>The choices of the record form for one station on one date (they depend on who held which post then).</summary>
public sealed record RecordFormChoices(
    IReadOnlyList<OptionItem<int>> ServicePoints,
    IReadOnlyList<OptionItem<int>> People,
    IReadOnlyList<MemberOption> GroupMembers,
    IReadOnlyList<ProblemOption> OpenProblems)
{
    public static RecordFormChoices Empty { get; } = new([], [], [], []);

    /// <summary>Ledger handover: the customer managers of the service point in the window (who hand the ledger over).</summary>
    public IReadOnlyList<OptionItem<int>> Managers { get; init; } = [];
}

/// <summary>Loads the record form's choices, scoped to stations the user may read.</summary>
public sealed class RecordFormOptions(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser)
{
    public static string PersonRoleName(RecordPerson person) => person switch
    {
        RecordPerson.CustomerManager => "驻村客户经理",
        RecordPerson.Supervisor => "廉政监督员",
        RecordPerson.Secretary => "支部书记",
        _ => "人员",
    };

    public static string GroupRoleName(GroupRole role) => role switch
    {
        GroupRole.Leader => "组长",
        GroupRole.DisciplineMember => "纪检委员",
        GroupRole.Supervisor => "廉政监督员",
        _ => "职工代表",
    };

    /// <summary>Stations whose records the user may write.</summary>
    public async Task<IReadOnlyList<OptionItem<int>>> WritableStationsAsync()
    {
        var scope = currentUser.Scope;
        var ids = scope.WritableStationIds.ToList();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Stations.Where(s => ids.Contains(s.Id)).OrderBy(s => s.Code).Select(s => new OptionItem<int>(s.Id, s.Name)).ToListAsync();
    }

    /// <summary>Stations the user may read (list filters).</summary>
    public async Task<IReadOnlyList<OptionItem<int>>> ReadableStationsAsync()
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync();
        return await scope.Filter(db.Stations).OrderBy(s => s.Code).Select(s => new OptionItem<int>(s.Id, s.Name)).ToListAsync();
    }

    /// <summary>
    /// Service points open on the date; the people who held <paramref name="person"/>'s post (at the point, if given) in the
    /// window; group members on the date; emerging problems not yet corrected (plus <paramref name="keepProblemId"/>).
    /// </summary>
    public async Task<RecordFormChoices> LoadAsync(int stationId, DateOnly date, RecordPerson person, int? servicePointId, long? keepProblemId, DateOnly windowStart, DateOnly windowEnd, bool handover = false)
    {
        var scope = currentUser.Scope;
        if (!scope.CanRead(stationId))
        {
            return RecordFormChoices.Empty;
        }
        await using var db = await factory.CreateDbContextAsync();
        var points = await db.ServicePoints.Where(p => p.StationId == stationId && p.OpenedOn <= windowEnd && (p.ClosedOn == null || p.ClosedOn >= windowStart))
            .OrderBy(p => p.Name).Select(p => new OptionItem<int>(p.Id, p.Name)).ToListAsync();
        var members = await db.GroupMemberships.Where(m => m.StationId == stationId && m.From <= date && (m.To == null || m.To >= date))
            .OrderBy(m => m.Role).ThenBy(m => m.Person!.Name)
            .Select(m => new { m.PersonId, m.Person!.Name, m.Role, m.IsPartySecretary }).ToListAsync();
        var people = await PeopleAsync(db, stationId, person, servicePointId, windowStart, windowEnd);
        var problems = await (from p in db.EmergingProblems
                              join r in db.Records on p.RecordId equals r.Id
                              where r.StationId == stationId && (p.CorrectedOn == null || p.Id == keepProblemId)
                              orderby r.EventDate descending
                              select new { p.Id, p.Description, r.EventDate, r.Kind }).Take(200).ToListAsync();
        var managers = handover ? await PeopleAsync(db, stationId, RecordPerson.CustomerManager, servicePointId, windowStart, windowEnd) : [];
        return new RecordFormChoices(
            points,
            people,
            [.. members.Select(m => new MemberOption(m.PersonId, m.Name, GroupRoleName(m.Role), m.IsPartySecretary))],
            [.. problems.Select(p => new ProblemOption(p.Id, $"{p.EventDate:yyyy-MM-dd} {ChineseNames.Of(p.Kind)}：{p.Description}", p.EventDate))])
        {
            Managers = managers,
        };
    }

    private static async Task<List<OptionItem<int>>> PeopleAsync(AppDbContext db, int stationId, RecordPerson person, int? pointId, DateOnly from, DateOnly to)
    {
        if (person == RecordPerson.None)
        {
            return [];
        }
        if (person == RecordPerson.Secretary)
        {
            return await db.GroupMemberships.Where(m => m.StationId == stationId && m.IsPartySecretary && m.From <= to && (m.To == null || m.To >= from))
                .Select(m => new OptionItem<int>(m.PersonId, m.Person!.Name)).Distinct().ToListAsync();
        }
        var role = person == RecordPerson.Supervisor ? PostRole.Supervisor : PostRole.CustomerManager;
        var rows = await db.PostAssignments.Where(a => a.ServicePoint!.StationId == stationId && a.Role == role && (pointId == null || a.ServicePointId == pointId) && a.From <= to && (a.To == null || a.To >= from))
            .Select(a => new { a.PersonId, a.Person!.Name, Point = a.ServicePoint!.Name }).ToListAsync();
        if (role == PostRole.Supervisor && pointId is null)
        {
            // 工程廉政监督员 report and are evaluated like service-point supervisors.
            rows.AddRange(await db.ProjectSupervisors.Where(p => p.StationId == stationId && p.From <= to && (p.To == null || p.To >= from))
                .Select(p => new { p.PersonId, p.Person!.Name, Point = p.ProjectName }).ToListAsync());
        }
        return [.. rows.GroupBy(r => r.PersonId).Select(g => new OptionItem<int>(g.Key, $"{g.First().Name}（{string.Join("、", g.Select(x => x.Point).Distinct())}）")).OrderBy(o => o.Name)];
    }
}

using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;

namespace ComplianceDashboard.UnitTests.Builders;

/// <summary>
/// Builds StationFacts. <see cref="PerfectYear"/> is a fully compliant station (two service points, two
/// supervisors, every duty done on the 20th of the period's last month) so a test breaks exactly one thing.
/// </summary>
public sealed class StationFactsBuilder
{
    public const int PointA = 1, PointB = 2;
    public const int ManagerA = 101, ManagerB = 102, SupervisorA = 201, SupervisorB = 202, SupervisorC = 203;
    public const int Secretary = 301, DisciplineMember = 302;
    public const long ProblemId = 9001;

    private long _nextId = 1;

    public int Year { get; private init; }
    public List<ServicePointFact> ServicePoints { get; } = [];
    public List<PersonFact> People { get; } = [];
    public List<PostAssignmentFact> Assignments { get; } = [];
    public List<SupervisorAppointmentFact> Appointments { get; } = [];
    public List<DismissalCaseFact> Dismissals { get; } = [];
    public List<GroupMembershipFact> GroupMembers { get; } = [];
    public List<ResponsibilityListFact> ResponsibilityLists { get; } = [];
    public List<EvidenceRecordFact> Records { get; } = [];
    public List<ProjectSupervisorPost> ProjectSupervisors { get; } = [];

    public static StationFactsBuilder PerfectYear(int year)
    {
        var b = new StationFactsBuilder { Year = year };
        var start = new DateOnly(year, 1, 1);
        var allMandatory = new HashSet<FacilityKind>
        {
            FacilityKind.DoorPlate, FacilityKind.ManagerCards, FacilityKind.Brochures, FacilityKind.DeskAndChairs, FacilityKind.SmartTerminal,
        };
        b.ServicePoints.Add(new ServicePointFact(PointA, "后陈村站点", VenueType.RedBoatStation, start.AddYears(-1), null, allMandatory, true, true, true));
        b.ServicePoints.Add(new ServicePointFact(PointB, "云服务站点", VenueType.Cloud, start.AddYears(-1), null, new HashSet<FacilityKind>(allMandatory), true, true, true));
        foreach (var (id, name) in new[] { (ManagerA, "张经理"), (ManagerB, "李经理"), (SupervisorA, "王监督"), (SupervisorB, "赵监督"), (SupervisorC, "钱监督"), (Secretary, "陈书记"), (DisciplineMember, "周委员") })
            b.People.Add(new PersonFact(id, name));
        b.Assignments.Add(new PostAssignmentFact(1, ManagerA, PostRole.CustomerManager, PointA, start, null, null));
        b.Assignments.Add(new PostAssignmentFact(2, ManagerB, PostRole.CustomerManager, PointB, start, null, null));
        b.Assignments.Add(new PostAssignmentFact(3, SupervisorA, PostRole.Supervisor, PointA, start, null, null));
        b.Assignments.Add(new PostAssignmentFact(4, SupervisorB, PostRole.Supervisor, PointB, start, null, null));
        foreach (var s in new[] { SupervisorA, SupervisorB, SupervisorC })
            b.Appointments.Add(new SupervisorAppointmentFact(s, s, $"纪委〔{year - 1}〕{s}号", start.AddDays(-10), start, start.AddYears(2).AddDays(-1), 1));
        var groupFrom = start.AddYears(-1);
        b.GroupMembers.Add(new GroupMembershipFact(Secretary, GroupRole.Leader, true, groupFrom, null));
        b.GroupMembers.Add(new GroupMembershipFact(DisciplineMember, GroupRole.DisciplineMember, false, groupFrom, null));
        b.GroupMembers.Add(new GroupMembershipFact(SupervisorA, GroupRole.Supervisor, false, groupFrom, null));
        b.GroupMembers.Add(new GroupMembershipFact(SupervisorB, GroupRole.Supervisor, false, groupFrom, null));
        b.ResponsibilityLists.Add(new ResponsibilityListFact(1, PostRole.CustomerManager, start.AddMonths(-1)));
        b.ResponsibilityLists.Add(new ResponsibilityListFact(2, PostRole.Supervisor, start.AddMonths(-1)));

        foreach (var m in PeriodMath.OfYear(PeriodKind.Month, year))
        {
            var day = new DateOnly(year, m.Start.Month, 20);
            b.Add(RecordKind.DemandLedger, day, PointA, ManagerA);
            b.Add(RecordKind.DemandLedger, day, PointB, ManagerB);
            b.Add(RecordKind.LedgerHandover, day, PointA, SupervisorA);
            b.Add(RecordKind.LedgerHandover, day, PointB, SupervisorB);
            b.Add(RecordKind.MonthlyServiceDisclosure, day);
            b.Add(RecordKind.GroupMeeting, day, r => r with { PresentMemberIds = [Secretary, DisciplineMember, SupervisorA, SupervisorB], MajorDecisionCount = 1 });
            b.Add(RecordKind.SpecialInspection, day);
            b.Add(RecordKind.SupervisionResultsDisclosure, day);
            b.Add(RecordKind.SupervisorDutyReport, day, null, SupervisorA);
            b.Add(RecordKind.SupervisorDutyReport, day, null, SupervisorB);
        }
        foreach (var q in PeriodMath.OfYear(PeriodKind.Quarter, year))
        {
            var day = new DateOnly(year, q.End.Month, 20);
            b.Add(RecordKind.Publicity, day);
            b.Add(RecordKind.QuarterlyServiceDisclosure, day);
            b.Add(RecordKind.JointMeeting, day, r => r with { Attendees = AttendeeCategories.StationHead | AttendeeCategories.TeamLeader | AttendeeCategories.Villager | AttendeeCategories.VillageEnterprise });
            b.Add(RecordKind.FourWindsInspection, day);
            b.Add(RecordKind.CustomerVisit, day);
            b.Add(RecordKind.LeaderDutyReport, day, null, Secretary);
        }
        b.Add(RecordKind.RiskIdentification, new DateOnly(year, 6, 20));
        b.Add(RecordKind.RiskIdentification, new DateOnly(year, 12, 20));
        b.Add(RecordKind.SupervisorEvaluation, new DateOnly(year, 12, 20), null, SupervisorA);
        b.Add(RecordKind.SupervisorEvaluation, new DateOnly(year, 12, 20), null, SupervisorB);

        b.AddOutage(OutageType.Planned, new DateTime(year, 3, 10, 8, 0, 0), new DateTime(year, 3, 1, 9, 0, 0));
        b.AddOutage(OutageType.Emergency, new DateTime(year, 7, 5, 8, 0, 0), new DateTime(year, 7, 5, 12, 0, 0));
        b.Add(RecordKind.SpecialInspection, new DateOnly(year, 5, 10), r => r with { EmergingProblems = [new EmergingProblemFact(ProblemId, "抄表员收取好处费苗头")] });
        b.Add(RecordKind.Reminder, new DateOnly(year, 5, 12), r => r with { AnswersProblemId = ProblemId });
        return b;
    }

    public EvidenceRecordFact Add(RecordKind kind, DateOnly date, int? servicePointId = null, int? personId = null, Func<EvidenceRecordFact, EvidenceRecordFact>? tweak = null)
    {
        var record = new EvidenceRecordFact { Id = _nextId++, Kind = kind, EventDate = date, ServicePointId = servicePointId, PersonId = personId, Title = kind.ToString() };
        if (tweak is not null)
            record = tweak(record);
        Records.Add(record);
        return record;
    }

    public EvidenceRecordFact Add(RecordKind kind, DateOnly date, Func<EvidenceRecordFact, EvidenceRecordFact> tweak) => Add(kind, date, null, null, tweak);

    public EvidenceRecordFact AddOutage(OutageType type, DateTime start, DateTime published) =>
        Add(RecordKind.OutageNotice, DateOnly.FromDateTime(published), r => r with { Outage = new OutageDetail(type, start, published) });

    /// <summary>Removes the records of a kind that are for the given month (optionally only one subject's).</summary>
    public StationFactsBuilder RemoveMonth(RecordKind kind, int month, int? servicePointId = null, int? personId = null)
    {
        Records.RemoveAll(r => r.Kind == kind && (r.ForPeriod ?? r.EventDate).Month == month && (r.ForPeriod ?? r.EventDate).Year == Year
            && (servicePointId is null || r.ServicePointId == servicePointId) && (personId is null || r.PersonId == personId));
        return this;
    }

    public StationFactsBuilder Remove(Predicate<EvidenceRecordFact> match)
    {
        Records.RemoveAll(match);
        return this;
    }

    /// <summary>Rewrites every record of a kind.</summary>
    public StationFactsBuilder Map(RecordKind kind, Func<EvidenceRecordFact, EvidenceRecordFact> map)
    {
        for (var i = 0; i < Records.Count; i++)
        {
            if (Records[i].Kind == kind)
                Records[i] = map(Records[i]);
        }
        return this;
    }

    /// <summary>Ends an assignment (by id) on a day for a reason.</summary>
    public StationFactsBuilder EndAssignment(int assignmentId, DateOnly to, VacancyReason reason)
    {
        var i = Assignments.FindIndex(a => a.Id == assignmentId);
        Assignments[i] = Assignments[i] with { To = to, EndReason = reason };
        return this;
    }

    /// <summary>Replaces a person's appointments with one approved term (document, approval 10 days before the start).</summary>
    public StationFactsBuilder Term(int personId, DateOnly start, DateOnly end, int consecutive = 1)
    {
        Appointments.RemoveAll(a => a.PersonId == personId);
        return AddTerm(personId, start, end, consecutive);
    }

    /// <summary>Adds one approved term (a renewal, or a further person's term).</summary>
    public StationFactsBuilder AddTerm(int personId, DateOnly start, DateOnly end, int consecutive = 1)
    {
        Appointments.Add(new SupervisorAppointmentFact(Appointments.Count == 0 ? 1 : Appointments.Max(a => a.Id) + 1, personId, $"纪委〔{start.Year}〕{personId}-{consecutive}号", start.AddDays(-10), start, end, consecutive));
        return this;
    }

    public StationFactsBuilder Assign(int personId, PostRole role, int pointId, DateOnly from, DateOnly? to = null)
    {
        Assignments.Add(new PostAssignmentFact(Assignments.Max(a => a.Id) + 1, personId, role, pointId, from, to, null));
        return this;
    }

    public StationFacts Build() => new()
    {
        StationId = 7,
        StationName = "桃溪供电所",
        ServicePoints = [.. ServicePoints],
        People = [.. People],
        Assignments = [.. Assignments],
        Appointments = [.. Appointments],
        Dismissals = [.. Dismissals],
        GroupMembers = [.. GroupMembers],
        ResponsibilityLists = [.. ResponsibilityLists],
        Records = [.. Records],
        ProjectSupervisors = [.. ProjectSupervisors],
    };
}

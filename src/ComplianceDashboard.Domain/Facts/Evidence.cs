namespace ComplianceDashboard.Domain.Facts;

/// <summary>
/// Every kind of evidence record. Flat on purpose: the scheme file names these values to say which
/// records satisfy an obligation, count as an incident or earn a bonus.
/// </summary>
public enum RecordKind
{
    DemandLedger,             // O1 需求台账
    LedgerHandover,           // O2 台账移交
    Publicity,                // O3 用电宣传/错峰引导
    MonthlyServiceDisclosure, // O4 月度服务公开
    QuarterlyServiceDisclosure, // O4 季度服务公开
    InstantDisclosure,        // 即时公开 (no obligation)
    OutageNotice,             // 12b 停电公告
    SupervisionResultsDisclosure, // O11 监督结果公开
    GroupMeeting,             // O5 监督小组会议
    JointMeeting,             // O6 监督联席会
    SpecialInspection,        // O7 专项监督检查
    FourWindsInspection,      // O8 四风检查
    RiskIdentification,       // O9 岗位廉政风险辨识
    CustomerVisit,            // O10 客户走访
    SupervisorDutyReport,     // O12 监督员向组长汇报
    LeaderDutyReport,         // O13 组长向公司纪委汇报
    SupervisorEvaluation,     // O14 监督员考评
    Reminder,                 // 19 提醒单
    ServiceComplaint,         // 23 有责投诉
    GridServiceIncident,      // 23 国网通报服务事件
    BypassPetition,           // 24 越级信访举报
    Violation,                // 25 违规违纪违法
    VillagerRecognition,      // 26 群众及上级认可
    Innovation,               // 28 创新成效并推广
}

[Flags]
public enum AttendeeCategories
{
    None = 0,
    StationHead = 1,        // 所长
    TeamLeader = 2,         // 班组长
    Villager = 4,           // 村民代表
    VillageEnterprise = 8,  // 村企代表
    GroupMember = 16,       // 监督小组成员
}

public enum OutageType
{
    Planned,   // 计划停电: notice ≥ 7 days before
    Emergency, // 故障/紧急停电: notice within 24 h
}

/// <summary>Result of a supervisor's yearly evaluation (考评结果, item 6).</summary>
public enum EvaluationResult
{
    Competent,          // 称职
    BasicallyCompetent, // 基本称职
    Incompetent,        // 不称职: does not meet the conditions of the post, a dismissal ground (§5.2.2.7, item 6)
}

/// <summary>An outage and when its notice was published (Asia/Shanghai local times).</summary>
public sealed record OutageDetail(OutageType Type, DateTime OutageStart, DateTime PublishedAt);

/// <summary>A 苗头性问题 found by an inspection; item 19 needs a reminder for each within 7 days.</summary>
public sealed record EmergingProblemFact(long Id, string Description);

/// <summary>
/// One evidence record as the rubric engine sees it. Type-specific fields are empty for other kinds.
/// </summary>
public sealed record EvidenceRecordFact
{
    public required long Id { get; init; }
    public required RecordKind Kind { get; init; }
    public required DateOnly EventDate { get; init; }

    /// <summary>A day inside the period the record is for (a handover, report or disclosure may name an earlier period); null means the period containing <see cref="EventDate"/>.</summary>
    public DateOnly? ForPeriod { get; init; }

    public int? ServicePointId { get; init; }

    /// <summary>The responsible person (the supervisor of a duty report or handover, the evaluated supervisor, …).</summary>
    public int? PersonId { get; init; }

    /// <summary>For people reading facts (tests, tools); the engine never reads it, and the web app's grading loader leaves it empty.</summary>
    public string Title { get; init; } = "";

    // Ledger handover (item 10): the customer manager hands the ledger to the supervisor (PersonId), who acknowledges it;
    // an unacknowledged handover is not (yet) a handover.
    public int? HandedOverById { get; init; }
    public bool Acknowledged { get; init; } = true;

    // Supervisor evaluation (item 6): null for evaluations recorded before results were kept.
    public EvaluationResult? EvaluationResult { get; init; }

    // Group meeting (item 13)
    public IReadOnlyList<int> PresentMemberIds { get; init; } = [];
    public int MajorDecisionCount { get; init; }

    // Joint meeting (item 14)
    public AttendeeCategories Attendees { get; init; }

    // Outage notice (item 12b)
    public OutageDetail? Outage { get; init; }

    // Inspection (item 19)
    public IReadOnlyList<EmergingProblemFact> EmergingProblems { get; init; } = [];

    // Reminder (item 19): the problem it answers
    public long? AnswersProblemId { get; init; }

    // Risk incidents (items 23–25): only attributable ones deduct
    public bool Attributable { get; init; } = true;

    // Recognition (item 26): needs both
    public bool RecognisedByVillagers { get; init; }
    public bool RecognisedByLeadership { get; init; }

    // Innovation (item 28): needs both
    public bool HasClearResults { get; init; }
    public bool PromotedCompanyWide { get; init; }

    /// <summary>Rejected by an evaluator during the annual review: it no longer counts anywhere.</summary>
    public bool Rejected { get; init; }
}

/// <summary>Everything the rubric engine needs about one station, as of the date it is graded.</summary>
public sealed record StationFacts
{
    public required int StationId { get; init; }
    public required string StationName { get; init; }
    public IReadOnlyList<ServicePointFact> ServicePoints { get; init; } = [];
    public IReadOnlyList<PersonFact> People { get; init; } = [];
    public IReadOnlyList<PostAssignmentFact> Assignments { get; init; } = [];
    public IReadOnlyList<SupervisorAppointmentFact> Appointments { get; init; } = [];
    public IReadOnlyList<DismissalCaseFact> Dismissals { get; init; } = [];
    public IReadOnlyList<GroupMembershipFact> GroupMembers { get; init; } = [];
    public IReadOnlyList<ResponsibilityListFact> ResponsibilityLists { get; init; } = [];
    public IReadOnlyList<EvidenceRecordFact> Records { get; init; } = [];

    /// <summary>工程廉政监督员 posts (§5.2.3.10).</summary>
    public IReadOnlyList<ProjectSupervisorPost> ProjectSupervisors { get; init; } = [];

    /// <summary>
    /// The same facts in one order whatever order they were read in: records by date then id, everything else by id.
    /// Explanations list records and findings in input order ("2026-03-16 会议…；2026-11-09 会议…"), and a database
    /// returns rows without ORDER BY in whatever order its plan gives (PostgreSQL's changes once a table is analysed),
    /// so without this the same data could grade to a different text and content hash.
    /// </summary>
    public StationFacts InCanonicalOrder() => this with
    {
        ServicePoints = Ordered(ServicePoints, p => p.Id),
        People = Ordered(People, p => p.Id),
        Assignments = Ordered(Assignments, a => a.Id),
        Appointments = Ordered(Appointments, a => a.Id),
        Dismissals = Ordered(Dismissals, d => d.Id),
        GroupMembers = IsOrdered(GroupMembers, MembershipOrder) ? GroupMembers : [.. GroupMembers.Order(MembershipOrder)],
        ResponsibilityLists = Ordered(ResponsibilityLists, l => l.Id),
        ProjectSupervisors = Ordered(ProjectSupervisors, p => p.Id),
        Records = CanonicalRecords(Records),
    };

    private static readonly Comparer<GroupMembershipFact> MembershipOrder = Comparer<GroupMembershipFact>.Create((a, b) =>
    {
        var byPerson = a.PersonId.CompareTo(b.PersonId);
        if (byPerson != 0)
            return byPerson;
        var byFrom = a.From.CompareTo(b.From);
        return byFrom != 0 ? byFrom : a.Role.CompareTo(b.Role);
    });

    private static readonly Comparer<EvidenceRecordFact> RecordOrder = Comparer<EvidenceRecordFact>.Create((a, b) =>
    {
        var byDate = a.EventDate.CompareTo(b.EventDate);
        return byDate != 0 ? byDate : a.Id.CompareTo(b.Id);
    });

    private static IReadOnlyList<EvidenceRecordFact> CanonicalRecords(IReadOnlyList<EvidenceRecordFact> records)
    {
        var ordered = IsOrdered(records, RecordOrder) ? records : [.. records.Order(RecordOrder)];
        if (ordered.All(r => IsOrdered(r.PresentMemberIds, Comparer<int>.Default) && IsOrdered(r.EmergingProblems, ProblemOrder)))
            return ordered;
        return [.. ordered.Select(r => r with
        {
            PresentMemberIds = IsOrdered(r.PresentMemberIds, Comparer<int>.Default) ? r.PresentMemberIds : [.. r.PresentMemberIds.Order()],
            EmergingProblems = IsOrdered(r.EmergingProblems, ProblemOrder) ? r.EmergingProblems : [.. r.EmergingProblems.Order(ProblemOrder)],
        })];
    }

    private static readonly Comparer<EmergingProblemFact> ProblemOrder = Comparer<EmergingProblemFact>.Create((a, b) => a.Id.CompareTo(b.Id));

    private static IReadOnlyList<T> Ordered<T>(IReadOnlyList<T> items, Func<T, long> key) =>
        IsOrdered(items, Comparer<T>.Create((a, b) => key(a).CompareTo(key(b)))) ? items : [.. items.OrderBy(key)];

    // Rows usually arrive in order already: then the list is kept as it is, without a copy.
    private static bool IsOrdered<T>(IReadOnlyList<T> items, IComparer<T> comparer)
    {
        for (var i = 1; i < items.Count; i++)
        {
            if (comparer.Compare(items[i - 1], items[i]) > 0)
                return false;
        }
        return true;
    }

    /// <summary>Every span someone served as a supervisor: service-point supervisor posts and project supervisor posts.</summary>
    public IEnumerable<SupervisorService> SupervisorServices() =>
        Assignments.Where(a => a.Role == PostRole.Supervisor).Select(a => new SupervisorService(a.PersonId, a.From, a.To))
            .Concat(ProjectSupervisors.Select(p => new SupervisorService(p.PersonId, p.From, p.To)));
}

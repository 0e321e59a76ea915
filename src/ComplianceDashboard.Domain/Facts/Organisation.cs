namespace ComplianceDashboard.Domain.Facts;

/// <summary>Where a service point sits (QL-2022 §5.2.2.1); <see cref="Cloud"/> has no on-site staff.</summary>
public enum VenueType
{
    RedBoatStation,      // 电力红船·光明驿站
    PowerStation,        // 电力驿站
    BusinessHall,        // 供电所营业厅
    PartyServiceCenter,  // 社区党群服务中心
    ConvenienceCenter,   // 便民服务中心
    Cloud,               // 云服务站点
}

/// <summary>Facilities of 附表1. Which are mandatory is scheme data, not code.</summary>
public enum FacilityKind
{
    DoorPlate,          // 门牌
    TablePlate,         // 桌牌 (选设)
    ManagerCards,       // 社区经理名片
    Brochures,          // 宣传折页
    WallMaterials,      // 上墙资料 (选设)
    ServiceLog,         // 服务记录簿 (选设)
    InspectionLog,      // 巡检记录簿 (选设)
    OpinionBook,        // 客户意见簿 (选设)
    DeskAndChairs,      // 办公桌椅
    WaitingArea,        // 客户等待区 (选设)
    FirstAidKit,        // 医药箱 (选设)
    PosterScreen,       // 海报机 (选设)
    SmartTerminal,      // 智能服务终端(云终端)
}

public enum PostRole
{
    CustomerManager, // 驻村客户经理
    Supervisor,      // 站点廉政监督员
}

/// <summary>Why a post assignment ended; every reason opens a vacancy (item 7).</summary>
public enum VacancyReason
{
    Left,       // 离岗
    Dismissed,  // 解聘
    TermEnded,  // 任期届满
}

/// <summary>Dismissal grounds of §5.2.2.7 a)–e) in order.</summary>
public enum DismissalGround
{
    Sanction,            // 受到党纪政纪处分、刑事处罚或行政处罚
    Inactive6Months,   // 连续六个月不履职
    JobOrHealth,       // 岗位变动、健康状况
    Concealment,       // 瞒报、打击报复、虚假上报
    Other,             // 其他
}

public enum GroupRole
{
    Leader,            // 组长 (must be the party secretary)
    DisciplineMember,  // 纪检委员
    Supervisor,        // 廉政监督员
    StaffRepresentative, // 职工代表
}

public sealed record ServicePointFact(
    int Id,
    string Name,
    VenueType? Venue,
    DateOnly OpenedOn,
    DateOnly? ClosedOn,
    IReadOnlySet<FacilityKind> Facilities,
    bool OffersConsultation,
    bool OffersQuery,
    bool OffersBillPayment)
{
    /// <summary>Active on a day: opened on or before it and not closed before it.</summary>
    public bool IsActiveOn(DateOnly day) => OpenedOn <= day && (ClosedOn is null || ClosedOn.Value >= day);
}

/// <summary>A person holding a post (customer manager / supervisor) at one service point from <see cref="From"/> to <see cref="To"/> inclusive.</summary>
public sealed record PostAssignmentFact(
    int Id,
    int PersonId,
    PostRole Role,
    int ServicePointId,
    DateOnly From,
    DateOnly? To,
    VacancyReason? EndReason)
{
    public bool HoldsOn(DateOnly day) => From <= day && (To is null || To.Value >= day);
}

/// <summary>
/// 工程廉政监督员 (QL-2022 §5.2.3.10, domain.md §2): a supervisor added for a major engineering project of the station,
/// managed like a service-point supervisor — appointed through the same 推荐 → 审核 → 批准 workflow, two-year terms,
/// same dismissal grounds. Optional, so never a vacancy (items 4 and 7 are per service point); as "every supervisor"
/// the person counts for items 5 (appointment), 6 (yearly evaluation, dismissal) and 21 (monthly duty report).
/// </summary>
public sealed record ProjectSupervisorPost(
    int Id,
    int PersonId,
    string ProjectName,
    DateOnly From,
    DateOnly? To,
    VacancyReason? EndReason)
{
    public bool HoldsOn(DateOnly day) => From <= day && (To is null || To.Value >= day);
}

/// <summary>A span in which a person served as a supervisor: a service-point post or an engineering-project post.</summary>
public readonly record struct SupervisorService(int PersonId, DateOnly From, DateOnly? To)
{
    public bool HoldsOn(DateOnly day) => From <= day && (To is null || To.Value >= day);
}

/// <summary>An approved (or still pending) supervisor appointment: one two-year term.</summary>
public sealed record SupervisorAppointmentFact(
    int Id,
    int PersonId,
    string? DocumentNo,
    DateOnly? ApprovedOn,
    DateOnly TermStart,
    DateOnly TermEnd,
    int ConsecutiveTerm);

/// <summary>A recorded dismissal ground and, once acted on, the dismissal date.</summary>
public sealed record DismissalCaseFact(
    int Id,
    int PersonId,
    DismissalGround Ground,
    DateOnly GroundOn,
    DateOnly? DismissedOn);

public sealed record GroupMembershipFact(
    int PersonId,
    GroupRole Role,
    bool IsPartySecretary,
    DateOnly From,
    DateOnly? To)
{
    public bool IsMemberOn(DateOnly day) => From <= day && (To is null || To.Value >= day);
}

/// <summary>工作责任清单 issued for a role (item 8).</summary>
public sealed record ResponsibilityListFact(int Id, PostRole Role, DateOnly IssuedOn);

public sealed record PersonFact(int Id, string Name);

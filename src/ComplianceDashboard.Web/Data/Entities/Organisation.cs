namespace ComplianceDashboard.Web.Data.Entities;

/// <summary>A township power-supply station (供电所) of the county company.</summary>
public class Station
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string Name { get; set; }
    public required string Township { get; set; }
    public List<ServicePoint> ServicePoints { get; set; } = [];
    public List<Person> People { get; set; } = [];
}

/// <summary>驻村服务站点.</summary>
public class ServicePoint
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station? Station { get; set; }
    public required string Name { get; set; }
    public string Village { get; set; } = "";
    public VenueType? Venue { get; set; }
    public DateOnly OpenedOn { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public bool OffersConsultation { get; set; }
    public bool OffersQuery { get; set; }
    public bool OffersBillPayment { get; set; }
    public List<ServicePointFacility> Facilities { get; set; } = [];
}

/// <summary>One line of the 附表1 inventory at a service point.</summary>
public class ServicePointFacility
{
    public int Id { get; set; }
    public int ServicePointId { get; set; }
    public FacilityKind Kind { get; set; }
    public int Quantity { get; set; }
}

public class Person
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public Station? Station { get; set; }
    public required string Name { get; set; }
    /// <summary>The person's own job; supervisors keep it (§5.2.2.5 c).</summary>
    public string JobTitle { get; set; } = "";
    public string Phone { get; set; } = "";
}

/// <summary>A customer manager or supervisor posted at one service point for a span of days.</summary>
public class PostAssignment : PersonPostEntity
{
    public int ServicePointId { get; set; }
    public ServicePoint? ServicePoint { get; set; }
    public PostRole Role { get; set; }
}

/// <summary>
/// 工程廉政监督员 (QL-2022 §5.2.3.10): a supervisor added for a major engineering project of the station and managed
/// like a service-point supervisor — the person needs an approved supervisor appointment (推荐 → 审核 → 批准 by the
/// company discipline committee) covering the start, owes the monthly duty report and the yearly evaluation, and the
/// post ends with the term. The station's 支部书记 records the post; it belongs to no service point (no vacancy).
/// </summary>
public class ProjectSupervisor : PersonPostEntity
{
    public int StationId { get; set; }
    public required string ProjectName { get; set; }
    public string Note { get; set; } = "";
}

public enum AppointmentStatus
{
    Recommended, // 推荐
    Reviewed,    // 审核
    Approved,    // 批准
    Rejected,    // 未通过
}

/// <summary>Supervisor appointment workflow 推荐 → 审核 → 批准 and the resulting two-year term.</summary>
public class SupervisorAppointment : PersonEntity
{
    public AppointmentStatus Status { get; set; }
    public bool SelfNominated { get; set; }
    public DateOnly RecommendedOn { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    public string? DocumentNo { get; set; }
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly TermStart { get; set; }
    public DateOnly TermEnd { get; set; }
    public int ConsecutiveTerm { get; set; } = 1;
}

public class DismissalCase : PersonEntity
{
    public DismissalGround Ground { get; set; }
    public DateOnly GroundOn { get; set; }
    public DateOnly? DismissedOn { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>Membership of the station's 廉政监督小组.</summary>
public class GroupMembership : PersonEntity
{
    public int StationId { get; set; }
    public GroupRole Role { get; set; }
    public bool IsPartySecretary { get; set; }
    public DateOnly From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>工作责任清单 (item 8).</summary>
public class ResponsibilityList
{
    public int Id { get; set; }
    public int StationId { get; set; }
    public PostRole Role { get; set; }
    public DateOnly IssuedOn { get; set; }
    public string Title { get; set; } = "";
}

namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>Everything the generator makes for one station, ready to be added to a context.</summary>
public sealed class DemoStationBundle
{
    public required Station Station { get; init; }
    public required DemoProfile Profile { get; init; }
    public List<PostAssignment> Assignments { get; } = [];
    public List<SupervisorAppointment> Appointments { get; } = [];
    public List<ProjectSupervisor> ProjectSupervisors { get; } = [];
    public List<DismissalCase> Dismissals { get; } = [];
    public List<GroupMembership> Group { get; } = [];
    public List<ResponsibilityList> ResponsibilityLists { get; } = [];
    public List<EvidenceRecord> Records { get; } = [];
}

/// <summary>How well a demo station keeps its duties; chosen so every grade band shows up.</summary>
public enum DemoProfile { Excellent, Qualified, Failing }

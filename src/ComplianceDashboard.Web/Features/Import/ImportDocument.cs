using System.Text.Json;
using System.Text.Json.Serialization;

namespace ComplianceDashboard.Web.Features.Import;

// The file as written (docs/import-format.md). Dates, enums and keys stay strings here so that the
// validator can report every bad value with its path instead of the deserializer stopping at the first.

/// <summary>Catches properties the format does not define: a typo must be an error, not silently ignored.</summary>
public abstract class ImportNode
{
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Unknown { get; set; }
}

public sealed class ImportFile : ImportNode
{
    public string? Format { get; set; }
    public List<StationDto>? Stations { get; set; }
}

public sealed class StationDto : ImportNode
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Township { get; set; }
    public List<ServicePointDto>? ServicePoints { get; set; }
    public List<PersonDto>? People { get; set; }
    public List<PostDto>? Posts { get; set; }
    public List<AppointmentDto>? SupervisorAppointments { get; set; }
    public List<DismissalDto>? Dismissals { get; set; }
    public List<MembershipDto>? GroupMemberships { get; set; }
    public List<ResponsibilityListDto>? ResponsibilityLists { get; set; }
    public List<RecordDto>? Records { get; set; }
}

public sealed class ServicePointDto : ImportNode
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? Village { get; set; }
    public string? Venue { get; set; }
    public string? OpenedOn { get; set; }
    public string? ClosedOn { get; set; }
    public List<string>? Services { get; set; }
    public Dictionary<string, int>? Facilities { get; set; }
}

public sealed class PersonDto : ImportNode
{
    public string? Key { get; set; }
    public string? Name { get; set; }
    public string? JobTitle { get; set; }
    public string? Phone { get; set; }
}

public sealed class PostDto : ImportNode
{
    public string? Person { get; set; }
    public string? ServicePoint { get; set; }
    public string? Role { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? EndReason { get; set; }
}

public sealed class AppointmentDto : ImportNode
{
    public string? Person { get; set; }
    public string? Status { get; set; }
    public bool? SelfNominated { get; set; }
    public string? RecommendedOn { get; set; }
    public string? ReviewedOn { get; set; }
    public string? DocumentNo { get; set; }
    public string? ApprovedOn { get; set; }
    public string? TermStart { get; set; }
    public string? TermEnd { get; set; }
    public int? ConsecutiveTerm { get; set; }
}

public sealed class DismissalDto : ImportNode
{
    public string? Person { get; set; }
    public string? Ground { get; set; }
    public string? GroundOn { get; set; }
    public string? DismissedOn { get; set; }
    public string? Note { get; set; }
}

public sealed class MembershipDto : ImportNode
{
    public string? Person { get; set; }
    public string? Role { get; set; }
    public bool? IsPartySecretary { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
}

public sealed class ResponsibilityListDto : ImportNode
{
    public string? Role { get; set; }
    public string? IssuedOn { get; set; }
    public string? Title { get; set; }
}

public sealed class RecordDto : ImportNode
{
    public string? Key { get; set; }
    public string? Kind { get; set; }
    public string? EventDate { get; set; }
    public string? ForPeriod { get; set; }
    public string? ServicePoint { get; set; }
    public string? Person { get; set; }
    public string? HandedOverBy { get; set; }
    public bool? Acknowledged { get; set; }
    public string? EvaluationResult { get; set; }
    public string? Title { get; set; }
    public string? Content { get; set; }
    public List<string>? PresentMembers { get; set; }
    public int? MajorDecisions { get; set; }
    public List<string>? Attendees { get; set; }
    public OutageDto? Outage { get; set; }
    public List<ProblemDto>? EmergingProblems { get; set; }
    public string? AnswersProblem { get; set; }
    public bool? Attributable { get; set; }
    public bool? RecognisedByVillagers { get; set; }
    public bool? RecognisedByLeadership { get; set; }
    public bool? HasClearResults { get; set; }
    public bool? PromotedCompanyWide { get; set; }
}

public sealed class OutageDto : ImportNode
{
    public string? Type { get; set; }
    public string? Start { get; set; }
    public string? PublishedAt { get; set; }
}

public sealed class ProblemDto : ImportNode
{
    public string? Key { get; set; }
    public string? Description { get; set; }
    public string? CorrectedOn { get; set; }
}

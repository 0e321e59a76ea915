namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>The end of an assignment or a group membership: the last day and, for posts, why it ended.</summary>
public sealed class EndDateInput
{
    public DateOnly? To { get; set; }

    public VacancyReason? EndReason { get; set; }
}

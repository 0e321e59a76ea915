namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>The editor's working copy of a corrective action (and its re-verification).</summary>
public sealed class CorrectiveActionEdit
{
    public long? Id { get; set; }
    public string Description { get; set; } = "";
    public CorrectiveActionType Type { get; set; }
    public string Owner { get; set; } = "";
    public DateOnly? Deadline { get; set; }
    public CorrectiveActionStatus Status { get; set; }
    public DateOnly? ClosedOn { get; set; }
    public string VerificationNote { get; set; } = "";
    public bool? Verified { get; set; }
    public DateOnly? VerifiedOn { get; set; }
    public string VerifiedNote { get; set; } = "";

    public static CorrectiveActionEdit From(CorrectiveAction a)
    {
        ArgumentNullException.ThrowIfNull(a);
        return new()
        {
            Id = a.Id, Description = a.Description, Type = a.Type, Owner = a.Owner, Deadline = a.Deadline, Status = a.Status,
            ClosedOn = a.ClosedOn, VerificationNote = a.VerificationNote, Verified = a.Verified, VerifiedOn = a.VerifiedOn, VerifiedNote = a.VerifiedNote,
        };
    }

    public CorrectiveActionInput ToInput() => new(Id, Description, Type, Owner, Deadline, Status, ClosedOn, VerificationNote);
}

using MudBlazor;

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>Colours of the evaluation's status chips (round status, evidence review, corrective actions).</summary>
public static class EvaluationChips
{
    public static Color Of(EvaluationRoundStatus status) => status switch
    {
        EvaluationRoundStatus.Preparing => Color.Info,
        EvaluationRoundStatus.InProgress => Color.Warning,
        _ => Color.Success,
    };

    public static Color Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => Color.Success,
        ReviewStatus.Rejected => Color.Error,
        _ => Color.Default,
    };

    public static Color Of(CorrectiveAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.IsOverdue(today) ? Color.Error : action.Status == CorrectiveActionStatus.Done ? Color.Success : Color.Default;
    }
}

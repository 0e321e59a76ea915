namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>Chinese labels of the evaluation enums (the keys of the UI's localizer).</summary>
public static class EvaluationNames
{
    public static string Of(EvaluationRoundStatus status) => status switch
    {
        EvaluationRoundStatus.Preparing => "准备",
        EvaluationRoundStatus.InProgress => "进行中",
        _ => "已完成",
    };

    public static string Of(ReviewStatus status) => status switch
    {
        ReviewStatus.Confirmed => "已确认",
        ReviewStatus.Rejected => "已驳回",
        _ => "未审核",
    };

    public static string Of(CorrectiveActionType type) => type == CorrectiveActionType.Corrective ? "纠正" : "预防";

    public static string Of(CorrectiveActionStatus status) => status switch
    {
        CorrectiveActionStatus.NotStarted => "未开始",
        CorrectiveActionStatus.InProgress => "进行中",
        _ => "已完成",
    };

    /// <summary>Status shown to users: 逾期 when not done and past the deadline.</summary>
    public static string StatusText(CorrectiveAction action, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(action);
        return action.IsOverdue(today) ? "逾期" : Of(action.Status);
    }

    public static string Ids(IEnumerable<int> ids) => string.Join(',', ids);

    public static IReadOnlyList<int> ParseIds(string csv) =>
        [.. csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture))];
}

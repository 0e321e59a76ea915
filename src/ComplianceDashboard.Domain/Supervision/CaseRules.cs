namespace ComplianceDashboard.Domain.Supervision;

public enum CaseChannel
{
    Letter,    // 来信
    Visit,     // 来访
    Phone,     // 电话
    Online,    // 网络
    Referred,  // 上级转办
}

public enum CaseStatus
{
    Registered, // 已登记 (awaiting acceptance)
    Accepted,   // 已受理 (under investigation)
    Concluded,  // 已办结
}

public enum CaseOutcome
{
    Substantiated,       // 属实
    PartlySubstantiated, // 部分属实
    Unsubstantiated,     // 不属实
}

/// <summary>The default time limits: acceptance in working days, conclusion in calendar days (App:Supervision).</summary>
public sealed record CaseLimits(int AcceptWorkingDays = 5, int ConcludeDays = 60);

/// <summary>The state of a case a rule looks at.</summary>
public sealed record CaseState(
    CaseChannel Channel, CaseStatus Status, DateOnly ReceivedOn, DateOnly? AcceptedOn, DateOnly? ConcludedOn, bool AnonymousReporter);

/// <summary>What a conclusion offers.</summary>
public sealed record CaseConclusion(
    CaseOutcome? Outcome, string? Basis, DateOnly ConcludedOn, DateOnly? FeedbackOn, string? FeedbackNote,
    DateOnly? HigherReplyOn, string? HigherReplyNote, int? StationId, RecordKind? RiskKind);

/// <summary>
/// The rules of a 信访举报 case (domain §8): accepted within N working days of receipt (N = 5 by default; the day of
/// receipt is not counted), concluded within M calendar days of receipt (60 by default), outcome with its basis,
/// feedback to a named reporter, a reply to the higher committee for 上级转办, and the QL-2022 risk item a
/// substantiated case about station staff feeds (23–25).
/// </summary>
public static class CaseRules
{
    public static DateOnly AcceptBy(WorkingDayCalendar calendar, DateOnly receivedOn, CaseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return calendar.AddWorkingDays(receivedOn, limits.AcceptWorkingDays);
    }

    public static DateOnly ConcludeBy(DateOnly receivedOn, CaseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(limits);
        return receivedOn.AddDays(limits.ConcludeDays);
    }

    /// <summary>Acceptance is overdue: not accepted and the acceptance deadline has passed, or accepted after it.</summary>
    public static bool AcceptanceOverdue(WorkingDayCalendar calendar, CaseState c, CaseLimits limits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        var due = AcceptBy(calendar, c.ReceivedOn, limits);
        return (c.AcceptedOn ?? today) > due;
    }

    /// <summary>Conclusion is overdue: not concluded and the deadline has passed, or concluded after it.</summary>
    public static bool ConclusionOverdue(CaseState c, CaseLimits limits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        return (c.ConcludedOn ?? today) > ConcludeBy(c.ReceivedOn, limits);
    }

    /// <summary>Whether the case is overdue on <paramref name="today"/> in either step still open.</summary>
    public static bool IsOverdue(WorkingDayCalendar calendar, CaseState c, CaseLimits limits, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        return c.Status switch
        {
            CaseStatus.Registered => today > AcceptBy(calendar, c.ReceivedOn, limits) || today > ConcludeBy(c.ReceivedOn, limits),
            CaseStatus.Accepted => today > ConcludeBy(c.ReceivedOn, limits),
            _ => false,
        };
    }

    /// <summary>Acceptance must come after receipt and not in the future, on a registered case.</summary>
    public static IReadOnlyList<RuleError> CheckAccept(CaseState c, DateOnly acceptedOn, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        if (c.Status != CaseStatus.Registered)
        {
            return [new("", "该件已受理")];
        }
        if (acceptedOn < c.ReceivedOn)
        {
            return [new("AcceptedOn", "受理日期不能早于收件日期")];
        }
        return acceptedOn > today ? [new("AcceptedOn", "受理日期不能晚于今天")] : [];
    }

    /// <summary>
    /// A conclusion needs an accepted case, an outcome with its basis, a date between acceptance and today, feedback to
    /// a named reporter, the reply to the higher committee for 上级转办, and — for 属实/部分属实 about a station — the
    /// risk item (23–25) it feeds.
    /// </summary>
    public static IReadOnlyList<RuleError> CheckConclude(CaseState c, CaseConclusion conclusion, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(conclusion);
        var errors = new List<RuleError>();
        if (c.Status != CaseStatus.Accepted)
        {
            errors.Add(new("", c.Status == CaseStatus.Concluded ? "该件已办结" : "请先受理该件"));
            return errors;
        }
        if (conclusion.Outcome is null)
        {
            errors.Add(new("Outcome", "请选择核查结论"));
        }
        if (string.IsNullOrWhiteSpace(conclusion.Basis))
        {
            errors.Add(new("Basis", "请填写结论依据"));
        }
        if (c.AcceptedOn is { } accepted && conclusion.ConcludedOn < accepted)
        {
            errors.Add(new("ConcludedOn", "办结日期不能早于受理日期"));
        }
        if (conclusion.ConcludedOn > today)
        {
            errors.Add(new("ConcludedOn", "办结日期不能晚于今天"));
        }
        if (!c.AnonymousReporter && (conclusion.FeedbackOn is null || string.IsNullOrWhiteSpace(conclusion.FeedbackNote)))
        {
            errors.Add(new("Feedback", "请登记向举报人反馈的日期和内容"));
        }
        if (c.Channel == CaseChannel.Referred && (conclusion.HigherReplyOn is null || string.IsNullOrWhiteSpace(conclusion.HigherReplyNote)))
        {
            errors.Add(new("HigherReply", "上级转办件须登记向上级纪委的回复"));
        }
        if (FeedsRiskItem(conclusion.Outcome, conclusion.StationId) && conclusion.RiskKind is not { } kind)
        {
            errors.Add(new("RiskKind", "属实或部分属实且涉及供电所人员的，请选择计入的风险防控项"));
        }
        else if (conclusion.RiskKind is { } k && !IsRiskKind(k))
        {
            errors.Add(new("RiskKind", "风险防控项只能是有责投诉、越级信访举报或违规违纪违法"));
        }
        return errors;
    }

    /// <summary>A concluded 属实/部分属实 case about a station's staff feeds QL-2022 items 23–25.</summary>
    public static bool FeedsRiskItem(CaseOutcome? outcome, int? stationId) =>
        stationId is not null && outcome is CaseOutcome.Substantiated or CaseOutcome.PartlySubstantiated;

    /// <summary>The record kinds a case may feed: 23 有责投诉 / 国网通报, 24 越级信访举报, 25 违规违纪违法.</summary>
    public static bool IsRiskKind(RecordKind kind) =>
        kind is RecordKind.ServiceComplaint or RecordKind.GridServiceIncident or RecordKind.BypassPetition or RecordKind.Violation;

    /// <summary>The suggested risk item: a case referred by the higher committee went past the levels (item 24); others are violations (item 25).</summary>
    public static RecordKind SuggestedRiskKind(CaseChannel channel) =>
        channel == CaseChannel.Referred ? RecordKind.BypassPetition : RecordKind.Violation;
}

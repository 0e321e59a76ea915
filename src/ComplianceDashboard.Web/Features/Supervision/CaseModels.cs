using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>The 信访举报登记 form. The reporter fields are read only by <see cref="CaseService.RegisterAsync"/> (纪委领导).</summary>
public sealed class CaseInput
{
    public CaseChannel Channel { get; set; }
    public DateOnly? ReceivedOn { get; set; }
    public string Subject { get; set; } = "";
    public string Description { get; set; } = "";
    public int? StationId { get; set; }
    public int? ConcernedPersonId { get; set; }
    public string ConcernedText { get; set; } = "";
    public string Handler { get; set; } = "";
    public bool AnonymousReporter { get; set; }
    public string ReporterName { get; set; } = "";
    public string ReporterContact { get; set; } = "";
}

/// <summary>The 办结 form.</summary>
public sealed class ConcludeInput
{
    public CaseOutcome? Outcome { get; set; }
    public string Basis { get; set; } = "";
    public DateOnly? ConcludedOn { get; set; }
    public DateOnly? FeedbackOn { get; set; }
    public string FeedbackNote { get; set; } = "";
    public DateOnly? HigherReplyOn { get; set; }
    public string HigherReplyNote { get; set; } = "";
    /// <summary>The risk item the case feeds (23–25): ServiceComplaint, BypassPetition or Violation.</summary>
    public RecordKind? RiskKind { get; set; }
    /// <summary>An existing risk record of the station to link instead of creating one.</summary>
    public long? LinkRecordId { get; set; }
}

/// <summary>A case in lists and exports: never the reporter.</summary>
public sealed record CaseRow(long Id, string Number, CaseChannel Channel, DateOnly ReceivedOn, string Subject, int? StationId, string? StationName,
    string ConcernedText, string Handler, CaseStatus Status, CaseOutcome? Outcome, DateOnly AcceptBy, DateOnly ConcludeBy, DateOnly? AcceptedOn,
    DateOnly? ConcludedOn, bool Overdue, long? RiskRecordId);

/// <summary>The reporter: only ever built for 纪委领导.</summary>
public sealed record ReporterView(bool Anonymous, string Name, string Contact);

/// <summary>The QL-2022 deduction a case created or was linked to.</summary>
public sealed record CaseDeduction(long RecordId, RecordKind Kind, string ItemCode, string ItemName, decimal Points, DateOnly EventDate, string Title);

public sealed record CaseDetail(CaseRow Row, string Description, string Basis, DateOnly? FeedbackOn, string FeedbackNote, DateOnly? HigherReplyOn,
    string HigherReplyNote, ReporterView? Reporter, CaseDeduction? Deduction, IReadOnlyList<StepView> Steps, bool CanHandle);

/// <summary>The state written into a <see cref="CaseStep"/>: the case without the reporter.</summary>
internal sealed record CaseSnapshot(long Id, string Number, CaseChannel Channel, DateOnly ReceivedOn, string Subject, string Description, int? StationId,
    int? ConcernedPersonId, string ConcernedText, string Handler, DateOnly AcceptBy, DateOnly ConcludeBy, CaseStatus Status, DateOnly? AcceptedOn,
    CaseOutcome? Outcome, string Basis, DateOnly? ConcludedOn, DateOnly? FeedbackOn, string FeedbackNote, DateOnly? HigherReplyOn, string HigherReplyNote,
    long? RiskRecordId, bool AnonymousReporter)
{
    public static CaseSnapshot Of(ComplaintCase c) => new(c.Id, c.Number, c.Channel, c.ReceivedOn, c.Subject, c.Description, c.StationId,
        c.ConcernedPersonId, c.ConcernedText, c.Handler, c.AcceptBy, c.ConcludeBy, c.Status, c.AcceptedOn, c.Outcome, c.Basis, c.ConcludedOn,
        c.FeedbackOn, c.FeedbackNote, c.HigherReplyOn, c.HigherReplyNote, c.RiskRecordId, c.AnonymousReporter);
}

public static class SupervisionNames
{
    public static string Of(CaseChannel c) => c switch
    {
        CaseChannel.Letter => "来信",
        CaseChannel.Visit => "来访",
        CaseChannel.Phone => "电话",
        CaseChannel.Online => "网络",
        _ => "上级转办",
    };

    public static string Of(CaseStatus s) => s switch
    {
        CaseStatus.Registered => "待受理",
        CaseStatus.Accepted => "办理中",
        _ => "已办结",
    };

    public static string Of(CaseOutcome? o) => o switch
    {
        CaseOutcome.Substantiated => "属实",
        CaseOutcome.PartlySubstantiated => "部分属实",
        CaseOutcome.Unsubstantiated => "不属实",
        _ => "",
    };

    public static string Of(FindingStatus s) => s switch
    {
        FindingStatus.Open => "待整改",
        FindingStatus.Rectifying => "整改中",
        _ => "已销号",
    };

    public static string Of(FindingSeverity s) => s switch
    {
        FindingSeverity.Minor => "一般",
        FindingSeverity.Serious => "较重",
        _ => "严重",
    };

    public static string Of(FindingCategory c) => c switch
    {
        FindingCategory.ServiceQuality => "服务质量",
        FindingCategory.Integrity => "廉洁纪律",
        FindingCategory.WorkStyle => "作风建设",
        FindingCategory.Procedure => "制度执行",
        FindingCategory.Ledger => "台账资料",
        _ => "其他",
    };

    public static string Of(RectificationEffect? e) => e switch
    {
        RectificationEffect.Effective => "整改到位",
        RectificationEffect.PartlyEffective => "基本到位",
        RectificationEffect.Ineffective => "未见成效",
        _ => "",
    };

    public static string Of(AgeingBucket b) => b switch
    {
        AgeingBucket.NotDue => "未到期",
        AgeingBucket.UpTo7 => "逾期1–7天",
        AgeingBucket.UpTo30 => "逾期8–30天",
        AgeingBucket.UpTo90 => "逾期31–90天",
        _ => "逾期90天以上",
    };
}

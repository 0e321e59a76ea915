namespace ComplianceDashboard.Domain.Scoring;

/// <summary>Chinese display names for enum values used in explanations (and handy for the UI).</summary>
public static class ChineseNames
{
    public static string Of(FacilityKind kind) => kind switch
    {
        FacilityKind.DoorPlate => "门牌",
        FacilityKind.TablePlate => "桌牌",
        FacilityKind.ManagerCards => "社区经理名片",
        FacilityKind.Brochures => "宣传折页",
        FacilityKind.WallMaterials => "上墙资料",
        FacilityKind.ServiceLog => "服务记录簿",
        FacilityKind.InspectionLog => "巡检记录簿",
        FacilityKind.OpinionBook => "客户意见簿",
        FacilityKind.DeskAndChairs => "办公桌椅",
        FacilityKind.WaitingArea => "客户等待区",
        FacilityKind.FirstAidKit => "医药箱",
        FacilityKind.PosterScreen => "海报机",
        FacilityKind.SmartTerminal => "智能服务终端",
        _ => kind.ToString(),
    };

    public static string Of(PostRole role) => role switch
    {
        PostRole.CustomerManager => "驻村客户经理",
        PostRole.Supervisor => "站点廉政监督员",
        _ => role.ToString(),
    };

    public static string Of(EvaluationResult result) => result switch
    {
        EvaluationResult.Competent => "称职",
        EvaluationResult.BasicallyCompetent => "基本称职",
        _ => "不称职",
    };

    public static string Of(RecordKind kind) => kind switch
    {
        RecordKind.DemandLedger => "需求台账",
        RecordKind.LedgerHandover => "台账移交",
        RecordKind.Publicity => "用电宣传",
        RecordKind.MonthlyServiceDisclosure => "月度服务公开",
        RecordKind.QuarterlyServiceDisclosure => "季度服务公开",
        RecordKind.InstantDisclosure => "即时公开",
        RecordKind.OutageNotice => "停电公告",
        RecordKind.SupervisionResultsDisclosure => "监督结果公开",
        RecordKind.GroupMeeting => "监督小组会议",
        RecordKind.JointMeeting => "监督联席会",
        RecordKind.SpecialInspection => "专项监督检查",
        RecordKind.FourWindsInspection => "“四风”检查",
        RecordKind.RiskIdentification => "岗位廉政风险辨识",
        RecordKind.CustomerVisit => "客户走访",
        RecordKind.SupervisorDutyReport => "监督员履职汇报",
        RecordKind.LeaderDutyReport => "组长履职汇报",
        RecordKind.SupervisorEvaluation => "监督员考评",
        RecordKind.Reminder => "提醒单",
        RecordKind.ServiceComplaint => "有责投诉",
        RecordKind.GridServiceIncident => "国网通报服务事件",
        RecordKind.BypassPetition => "越级信访举报",
        RecordKind.Violation => "违规违纪违法事件",
        RecordKind.VillagerRecognition => "群众及上级认可",
        RecordKind.Innovation => "创新成效推广",
        _ => kind.ToString(),
    };

    public static string Of(ObligationStatus status) => status switch
    {
        ObligationStatus.OnTime => "按时",
        ObligationStatus.Late => "逾期补录",
        ObligationStatus.Missing => "缺失",
        ObligationStatus.Pending => "未到期",
        ObligationStatus.NotApplicable => "不适用",
        _ => status.ToString(),
    };
}

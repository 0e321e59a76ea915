using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Scoring;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>Which kind-specific section of the record form a kind uses.</summary>
public enum RecordSection
{
    None,
    GroupMeeting,
    JointMeeting,
    Inspection,
    Reminder,
    ServicePointLedger,
    Outage,
    PersonReport,
    Incident,
    Recognition,
    Innovation,
}

/// <summary>Who the record's PersonId names, if anyone.</summary>
public enum RecordPerson { None, CustomerManager, Supervisor, Secretary }

/// <summary>What the form and the validator need to know about one record kind.</summary>
public sealed record RecordKindInfo(RecordKind Kind, string Name, string Group, RecordSection Section, RecordPerson Person, bool PersonRequired, bool ContentRequired, string ContentLabel)
{
    public bool NeedsServicePoint => Section == RecordSection.ServicePointLedger;

    public static IReadOnlyList<RecordKindInfo> All { get; } =
    [
        new(RecordKind.GroupMeeting, ChineseNames.Of(RecordKind.GroupMeeting), "监督会议", RecordSection.GroupMeeting, RecordPerson.None, false, true, "议题及内容"),
        new(RecordKind.JointMeeting, ChineseNames.Of(RecordKind.JointMeeting), "监督会议", RecordSection.JointMeeting, RecordPerson.None, false, true, "议题及内容"),
        new(RecordKind.SpecialInspection, ChineseNames.Of(RecordKind.SpecialInspection), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "检查情况及发现"),
        new(RecordKind.FourWindsInspection, ChineseNames.Of(RecordKind.FourWindsInspection), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "检查情况及发现"),
        new(RecordKind.RiskIdentification, ChineseNames.Of(RecordKind.RiskIdentification), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "岗位、风险点及防控措施"),
        new(RecordKind.CustomerVisit, ChineseNames.Of(RecordKind.CustomerVisit), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "走访对象及发现"),
        new(RecordKind.Reminder, ChineseNames.Of(RecordKind.Reminder), "监督检查", RecordSection.Reminder, RecordPerson.CustomerManager, true, false, "提醒内容"),
        new(RecordKind.DemandLedger, ChineseNames.Of(RecordKind.DemandLedger), "供电服务", RecordSection.ServicePointLedger, RecordPerson.CustomerManager, true, true, "收集的需求及解决情况"),
        new(RecordKind.LedgerHandover, ChineseNames.Of(RecordKind.LedgerHandover), "供电服务", RecordSection.ServicePointLedger, RecordPerson.Supervisor, true, false, "移交说明"),
        new(RecordKind.Publicity, ChineseNames.Of(RecordKind.Publicity), "供电服务", RecordSection.None, RecordPerson.None, false, true, "宣传内容"),
        new(RecordKind.MonthlyServiceDisclosure, ChineseNames.Of(RecordKind.MonthlyServiceDisclosure), "服务公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置"),
        new(RecordKind.QuarterlyServiceDisclosure, ChineseNames.Of(RecordKind.QuarterlyServiceDisclosure), "服务公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置"),
        new(RecordKind.InstantDisclosure, ChineseNames.Of(RecordKind.InstantDisclosure), "服务公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置"),
        new(RecordKind.OutageNotice, ChineseNames.Of(RecordKind.OutageNotice), "服务公开", RecordSection.Outage, RecordPerson.None, false, false, "公告内容"),
        new(RecordKind.SupervisionResultsDisclosure, ChineseNames.Of(RecordKind.SupervisionResultsDisclosure), "监督公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置"),
        new(RecordKind.SupervisorDutyReport, ChineseNames.Of(RecordKind.SupervisorDutyReport), "履职汇报", RecordSection.PersonReport, RecordPerson.Supervisor, true, true, "汇报内容"),
        new(RecordKind.LeaderDutyReport, ChineseNames.Of(RecordKind.LeaderDutyReport), "履职汇报", RecordSection.PersonReport, RecordPerson.Secretary, false, true, "汇报内容"),
        new(RecordKind.SupervisorEvaluation, ChineseNames.Of(RecordKind.SupervisorEvaluation), "队伍建设", RecordSection.PersonReport, RecordPerson.Supervisor, true, true, "考评意见"),
        new(RecordKind.ServiceComplaint, ChineseNames.Of(RecordKind.ServiceComplaint), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理"),
        new(RecordKind.GridServiceIncident, ChineseNames.Of(RecordKind.GridServiceIncident), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理"),
        new(RecordKind.BypassPetition, ChineseNames.Of(RecordKind.BypassPetition), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理"),
        new(RecordKind.Violation, ChineseNames.Of(RecordKind.Violation), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理"),
        new(RecordKind.VillagerRecognition, ChineseNames.Of(RecordKind.VillagerRecognition), "加分项", RecordSection.Recognition, RecordPerson.None, false, true, "认可情况"),
        new(RecordKind.Innovation, ChineseNames.Of(RecordKind.Innovation), "加分项", RecordSection.Innovation, RecordPerson.None, false, true, "创新做法及成效"),
    ];

    private static readonly Dictionary<RecordKind, RecordKindInfo> ByKind = All.ToDictionary(k => k.Kind);

    public static RecordKindInfo Of(RecordKind kind) => ByKind[kind];
}

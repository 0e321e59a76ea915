using System.Security.Claims;

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

/// <summary>
/// What the form, the validator and the access check need to know about one record kind. <see cref="FiledBy"/> is the
/// one table of who may file the kind — create it, change or delete it, add or remove its attachments — read from
/// domain.md's "who does what" (docs/security.md, "Rules read too narrowly"): the customer manager keeps the ledgers and
/// publishes, the supervisor inspects, reminds and reports, the party secretary (group leader) keeps the minutes, reports
/// to the discipline committee, evaluates supervisors and records incidents and bonus evidence, and may file every kind of
/// the group's work. 纪委领导 and 管理员 may file every kind (<see cref="CountyFilers"/>). The station scope is checked as
/// well: a role may file only in the stations it writes (<see cref="Infrastructure.Security.StationScope.CanWrite"/>).
/// </summary>
public sealed record RecordKindInfo(RecordKind Kind, string Name, string Group, RecordSection Section, RecordPerson Person, bool PersonRequired, bool ContentRequired, string ContentLabel, IReadOnlyList<string> FiledBy)
{
    private static readonly string[] Sec = [Roles.Secretary];
    private static readonly string[] SecSup = [Roles.Secretary, Roles.Supervisor];
    private static readonly string[] SecCm = [Roles.Secretary, Roles.CustomerManager];
    private static readonly string[] SecSupCm = [Roles.Secretary, Roles.Supervisor, Roles.CustomerManager];

    /// <summary>The county roles, who may file every kind in the stations they may write.</summary>
    public static IReadOnlyList<string> CountyFilers { get; } = [Roles.DisciplineLeader, Roles.Admin];

    public bool NeedsServicePoint => Section == RecordSection.ServicePointLedger;

    /// <summary>Whether a user with <paramref name="roles"/> may file records of this kind (the station scope is checked separately).</summary>
    public bool MayBeFiledBy(IEnumerable<string> roles) => roles.Any(r => FiledBy.Contains(r) || CountyFilers.Contains(r));

    public bool MayBeFiledBy(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return FiledBy.Concat(CountyFilers).Any(user.IsInRole);
    }

    /// <summary>Whether <paramref name="user"/> may file the record that closes an obligation (its first record kind).</summary>
    public static bool MayFileFor(Domain.Schemes.Scheme scheme, string obligationId, ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(scheme);
        return scheme.TryGetObligation(obligationId, out var o) && o.RecordKinds.Count > 0 && Of(o.RecordKinds[0]).MayBeFiledBy(user);
    }

    /// <summary>The kinds <paramref name="user"/> may file, in the form's order.</summary>
    public static IReadOnlyList<RecordKindInfo> FileableBy(ClaimsPrincipal user) => [.. All.Where(k => k.MayBeFiledBy(user))];

    /// <summary>The refusal shown when a user files a kind their role may not (Chinese, like the service's other messages).</summary>
    public string Refusal => $"您的角色不能登记或修改“{Name}”记录（可由{string.Join("、", FiledBy.Concat(CountyFilers))}登记）";

    public static IReadOnlyList<RecordKindInfo> All { get; } =
    [
        new(RecordKind.GroupMeeting, ChineseNames.Of(RecordKind.GroupMeeting), "监督会议", RecordSection.GroupMeeting, RecordPerson.None, false, true, "议题及内容", Sec),
        new(RecordKind.JointMeeting, ChineseNames.Of(RecordKind.JointMeeting), "监督会议", RecordSection.JointMeeting, RecordPerson.None, false, true, "议题及内容", Sec),
        new(RecordKind.SpecialInspection, ChineseNames.Of(RecordKind.SpecialInspection), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "检查情况及发现", SecSup),
        new(RecordKind.FourWindsInspection, ChineseNames.Of(RecordKind.FourWindsInspection), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "检查情况及发现", SecSup),
        new(RecordKind.RiskIdentification, ChineseNames.Of(RecordKind.RiskIdentification), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "岗位、风险点及防控措施", SecSup),
        new(RecordKind.CustomerVisit, ChineseNames.Of(RecordKind.CustomerVisit), "监督检查", RecordSection.Inspection, RecordPerson.None, false, true, "走访对象及发现", SecSup),
        new(RecordKind.Reminder, ChineseNames.Of(RecordKind.Reminder), "监督检查", RecordSection.Reminder, RecordPerson.CustomerManager, true, false, "提醒内容", SecSup),
        new(RecordKind.DemandLedger, ChineseNames.Of(RecordKind.DemandLedger), "供电服务", RecordSection.ServicePointLedger, RecordPerson.CustomerManager, true, true, "收集的需求及解决情况", SecCm),
        new(RecordKind.LedgerHandover, ChineseNames.Of(RecordKind.LedgerHandover), "供电服务", RecordSection.ServicePointLedger, RecordPerson.Supervisor, true, false, "移交说明", SecSupCm),
        new(RecordKind.Publicity, ChineseNames.Of(RecordKind.Publicity), "供电服务", RecordSection.None, RecordPerson.None, false, true, "宣传内容", SecCm),
        new(RecordKind.MonthlyServiceDisclosure, ChineseNames.Of(RecordKind.MonthlyServiceDisclosure), "服务公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置", SecCm),
        new(RecordKind.QuarterlyServiceDisclosure, ChineseNames.Of(RecordKind.QuarterlyServiceDisclosure), "服务公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置", SecCm),
        new(RecordKind.InstantDisclosure, ChineseNames.Of(RecordKind.InstantDisclosure), "服务公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置", SecCm),
        new(RecordKind.OutageNotice, ChineseNames.Of(RecordKind.OutageNotice), "服务公开", RecordSection.Outage, RecordPerson.None, false, false, "公告内容", SecCm),
        new(RecordKind.SupervisionResultsDisclosure, ChineseNames.Of(RecordKind.SupervisionResultsDisclosure), "监督公开", RecordSection.None, RecordPerson.None, false, true, "公开内容及公开位置", SecSup),
        new(RecordKind.SupervisorDutyReport, ChineseNames.Of(RecordKind.SupervisorDutyReport), "履职汇报", RecordSection.PersonReport, RecordPerson.Supervisor, true, true, "汇报内容", SecSup),
        new(RecordKind.LeaderDutyReport, ChineseNames.Of(RecordKind.LeaderDutyReport), "履职汇报", RecordSection.PersonReport, RecordPerson.Secretary, false, true, "汇报内容", Sec),
        new(RecordKind.SupervisorEvaluation, ChineseNames.Of(RecordKind.SupervisorEvaluation), "队伍建设", RecordSection.PersonReport, RecordPerson.Supervisor, true, true, "考评意见", Sec),
        new(RecordKind.ServiceComplaint, ChineseNames.Of(RecordKind.ServiceComplaint), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理", Sec),
        new(RecordKind.GridServiceIncident, ChineseNames.Of(RecordKind.GridServiceIncident), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理", Sec),
        new(RecordKind.BypassPetition, ChineseNames.Of(RecordKind.BypassPetition), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理", Sec),
        new(RecordKind.Violation, ChineseNames.Of(RecordKind.Violation), "风险防控", RecordSection.Incident, RecordPerson.None, false, true, "事件经过及处理", Sec),
        new(RecordKind.VillagerRecognition, ChineseNames.Of(RecordKind.VillagerRecognition), "加分项", RecordSection.Recognition, RecordPerson.None, false, true, "认可情况", Sec),
        new(RecordKind.Innovation, ChineseNames.Of(RecordKind.Innovation), "加分项", RecordSection.Innovation, RecordPerson.None, false, true, "创新做法及成效", Sec),
    ];

    private static readonly Dictionary<RecordKind, RecordKindInfo> ByKind = All.ToDictionary(k => k.Kind);

    public static RecordKindInfo Of(RecordKind kind) => ByKind[kind];
}

using ComplianceDashboard.Web.Features.Records.Sections;

namespace ComplianceDashboard.Web.Features.Import.Xlsx;

/// <summary>How a column's cells are written and read.</summary>
public enum CellKind { Text, Date, DateTime, WholeNumber, Choice, Names, Lines }

/// <summary>
/// One column of a record kind's spreadsheet: its Chinese header, the <see cref="RecordInput"/> property it fills
/// (the key of the rules' messages), whether it is required, how it is read, the allowed values and a note.
/// </summary>
public sealed record SheetColumn(string Header, string Field, bool Required, CellKind Kind, string Note, IReadOnlyList<string>? Choices = null);

/// <summary>
/// The spreadsheet of one record kind: one row per record, the columns being the fields the record form shows for
/// that kind (<see cref="RecordKindInfo"/>). People, service points and problems are written by name; the rules
/// that judge a row are the form's (<see cref="RecordValidator"/>).
/// </summary>
public static class RecordSheet
{
    public const string DataSheet = "记录";
    public const string NotesSheet = "说明";
    public const string Yes = "是";
    public const string No = "否";
    public static readonly IReadOnlyList<string> YesNo = [Yes, No];

    /// <summary>Rows read from one upload at most (a station keeps far fewer records of one kind).</summary>
    public const int MaxRows = 2000;

    public static readonly IReadOnlyDictionary<string, EvaluationResult> EvaluationResults =
        Enum.GetValues<EvaluationResult>().ToDictionary(ChineseNames.Of, r => r);

    public static readonly IReadOnlyDictionary<string, OutageType> OutageTypes = new Dictionary<string, OutageType>
    {
        ["计划停电"] = OutageType.Planned, ["故障停电"] = OutageType.Emergency,
    };

    public static readonly IReadOnlyDictionary<string, AttendeeCategories> Attendees =
        Enum.GetValues<AttendeeCategories>().Where(c => c != AttendeeCategories.None).ToDictionary(AttendeeCategoryPicker.NameOf, c => c);

    public static IReadOnlyList<SheetColumn> Columns(Scheme scheme, RecordKind kind)
    {
        var info = RecordKindInfo.Of(kind);
        var columns = new List<SheetColumn>();
        if (info.Section != RecordSection.Outage)
        {
            columns.Add(new("日期", nameof(RecordInput.EventDate), true, CellKind.Date, "yyyy-MM-dd，不早于2000年、不晚于今天"));
        }
        if (RecordPeriods.KindOf(scheme, kind) is not null)
        {
            columns.Add(new("所属期间", nameof(RecordInput.ForPeriod), false, CellKind.Date, "补录上一期时填写该期间内任一天（yyyy-MM-dd）；留空为日期所在的期间"));
        }
        columns.Add(new("标题", nameof(RecordInput.Title), true, CellKind.Text, $"不超过{NameRules.RecordTitle.MaxLength}字"));
        if (info.NeedsServicePoint)
        {
            columns.Add(new("服务站点", nameof(RecordInput.ServicePointId), true, CellKind.Text, "服务站点名称（见“说明”表中的本站所名单）"));
        }
        if (kind == RecordKind.LedgerHandover)
        {
            columns.Add(new("移交台账的驻村客户经理", nameof(RecordInput.HandedOverById), true, CellKind.Text, "姓名：该站点该期间的驻村客户经理"));
        }
        if (info.Person != RecordPerson.None)
        {
            var role = RecordFormOptions.PersonRoleName(info.Person);
            columns.Add(new(kind == RecordKind.LedgerHandover ? "签收的廉政监督员" : role, nameof(RecordInput.PersonId), info.PersonRequired, CellKind.Text, $"姓名：该期间的{role}"));
        }
        if (kind == RecordKind.LedgerHandover)
        {
            columns.Add(new("廉政监督员已签收", nameof(RecordInput.Acknowledged), true, CellKind.Choice, "是 / 否；只有已签收的移交计入第10项", YesNo));
        }
        if (kind == RecordKind.SupervisorEvaluation)
        {
            columns.Add(new("考评结果", nameof(RecordInput.EvaluationResult), true, CellKind.Choice, "称职 / 基本称职 / 不称职；不称职须在一个月内解聘", [.. EvaluationResults.Keys]));
        }
        switch (info.Section)
        {
            case RecordSection.GroupMeeting:
                columns.Add(new("出席成员", nameof(RecordInput.PresentMemberIds), true, CellKind.Names, "会议当天的监督小组成员姓名，用顿号（、）或逗号分隔"));
                columns.Add(new("重大事项数", nameof(RecordInput.MajorDecisionCount), false, CellKind.WholeNumber, "0–99，留空为0；有重大事项时须过半数成员出席"));
                break;
            case RecordSection.JointMeeting:
                columns.Add(new("参会人员类别", nameof(RecordInput.Attendees), true, CellKind.Names, $"可多选，用顿号分隔：{string.Join("、", Attendees.Keys)}", [.. Attendees.Keys]));
                break;
            case RecordSection.Inspection:
                columns.Add(new("苗头性问题", nameof(RecordInput.EmergingProblems), false, CellKind.Lines, $"每行一个问题（单元格内换行），每个不超过{RecordValidator.MaxProblem}字"));
                break;
            case RecordSection.Reminder:
                columns.Add(new("对应问题", nameof(RecordInput.AnswersProblemId), true, CellKind.Text, "本站所检查记录中苗头性问题的描述（与原文一致）"));
                columns.Add(new("整改完成日期", nameof(RecordInput.ProblemCorrectedOn), false, CellKind.Date, "yyyy-MM-dd；尚未整改留空"));
                break;
            case RecordSection.Outage:
                columns.Add(new("停电类型", nameof(RecordInput.OutageType), true, CellKind.Choice, "计划停电须提前7天公告，故障停电须在24小时内公告", [.. OutageTypes.Keys]));
                columns.Add(new("停电开始时间", nameof(RecordInput.OutageStart), true, CellKind.DateTime, "yyyy-MM-dd HH:mm（北京时间）"));
                columns.Add(new("公告发布时间", nameof(RecordInput.PublishedAt), true, CellKind.DateTime, "yyyy-MM-dd HH:mm（北京时间）；记录日期取公告发布日期"));
                break;
            case RecordSection.Incident:
                columns.Add(new("经认定为有责", nameof(RecordInput.Attributable), false, CellKind.Choice, "是 / 否，留空为是；有责事件每起扣5分", YesNo));
                break;
            case RecordSection.Recognition:
                columns.Add(new("获得群众或村企认可", nameof(RecordInput.RecognisedByVillagers), false, CellKind.Choice, "是 / 否，留空为否", YesNo));
                columns.Add(new("获得上级领导认可", nameof(RecordInput.RecognisedByLeadership), false, CellKind.Choice, "是 / 否，留空为否", YesNo));
                break;
            case RecordSection.Innovation:
                columns.Add(new("成效明显", nameof(RecordInput.HasClearResults), true, CellKind.Choice, "是 / 否，必须填写", YesNo));
                columns.Add(new("已在全公司推广", nameof(RecordInput.PromotedCompanyWide), true, CellKind.Choice, "是 / 否，必须填写", YesNo));
                break;
        }
        columns.Add(new(info.ContentLabel, nameof(RecordInput.Content), info.ContentRequired, CellKind.Text, $"不超过{RecordValidator.MaxContent}字"));
        return columns;
    }

    /// <summary>
    /// Text as a spreadsheet shows it, never as a formula: a value starting with = + - @ (or a tab / carriage return)
    /// gets a leading apostrophe, so a name such as <c>=HYPERLINK(…)</c> stays text if the sheet is copied elsewhere.
    /// </summary>
    public static string Safe(string? text) =>
        text is { Length: > 0 } t && t[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + t : text ?? "";

    public static string FileName(RecordKind kind) => $"{ChineseNames.Of(kind)}导入模板.xlsx";
}

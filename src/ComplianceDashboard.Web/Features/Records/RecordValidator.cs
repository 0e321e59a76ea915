namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// The one set of rules for an evidence record, whoever enters it: the record form, the XLSX upload and the JSON
/// import all call <c>ValidateAsync</c> (Chinese messages keyed by <see cref="RecordInput"/> property; each
/// front end shows them at its own field, cell or JSON path). What the rules need to know about the station comes
/// through <see cref="IRecordLookups"/>: the database, or the file being imported. Also normalises the input: the
/// period becomes the first day of the period (or null for the event date's own period) and fields the kind does
/// not use are cleared.
/// </summary>
internal static class RecordValidator
{
    public const int MaxContent = 4000;
    public const int MaxProblem = 500;

    /// <summary>The first day a record may be dated: the first year the app grades (the bound of every year filter).</summary>
    public static readonly DateOnly FirstDay = new(Infrastructure.QueryValues.FirstYear, 1, 1);

    public static Task ValidateAsync(AppDbContext db, Scheme scheme, RecordInput input, EvidenceRecord? existing, DateOnly today, DateTime localNow, RecordResult result, CancellationToken ct) =>
        ValidateAsync(new DbRecordLookups(db), scheme, input, existing, today, localNow, result, ct);

    public static async Task ValidateAsync(IRecordLookups lookups, Scheme scheme, RecordInput input, EvidenceRecord? existing, DateOnly today, DateTime localNow, RecordResult result, CancellationToken ct)
    {
        var info = RecordKindInfo.Of(input.Kind);
        if (!await lookups.StationExistsAsync(input.StationId, ct))
        {
            result.Add(nameof(RecordInput.StationId), "请选择站所");
            return;
        }
        if (info.Section == RecordSection.Outage && input.PublishedAt is { } published)
        {
            input.EventDate = DateOnly.FromDateTime(published); // a notice is dated when it was published
        }
        CheckText(input, info, result);
        if (input.EventDate is not { } date)
        {
            result.Add(nameof(RecordInput.EventDate), "请填写日期");
            return;
        }
        if (date > today)
        {
            result.Add(nameof(RecordInput.EventDate), $"日期不能晚于今天（{today:yyyy-MM-dd}）");
        }
        else if (date < FirstDay)
        {
            result.Add(nameof(RecordInput.EventDate), $"日期不能早于{FirstDay.Year}年（系统支持的最早年份）");
            return; // the period and the posts of such a day mean nothing
        }
        var period = CheckPeriod(scheme, input, date, result);
        await CheckServicePointAsync(lookups, input, info, result, ct);
        await CheckPersonAsync(lookups, input, info, period, result, ct);
        switch (info.Section)
        {
            case RecordSection.ServicePointLedger when input.Kind == RecordKind.LedgerHandover:
                await CheckHandoverAsync(lookups, input, period, result, ct);
                break;
            case RecordSection.PersonReport when input.Kind == RecordKind.SupervisorEvaluation && input.EvaluationResult is null:
                result.Add(nameof(RecordInput.EvaluationResult), "请选择考评结果（称职、基本称职或不称职）");
                break;
            case RecordSection.Innovation:
                if (input.HasClearResults is null)
                {
                    result.Add(nameof(RecordInput.HasClearResults), "请说明是否取得明显成效");
                }
                if (input.PromotedCompanyWide is null)
                {
                    result.Add(nameof(RecordInput.PromotedCompanyWide), "请说明是否已在全公司推广");
                }
                break;
            case RecordSection.GroupMeeting:
                await CheckMeetingAsync(lookups, input, date, result, ct);
                break;
            case RecordSection.JointMeeting when input.Attendees == AttendeeCategories.None:
                result.Add(nameof(RecordInput.Attendees), "请选择参会人员类别");
                break;
            case RecordSection.Inspection:
                await CheckProblemsAsync(lookups, input, existing, result, ct);
                break;
            case RecordSection.Reminder:
                await CheckReminderAsync(lookups, input, date, today, result, ct);
                break;
            case RecordSection.Outage:
                CheckOutage(input, localNow, result);
                break;
        }
        Clear(input, info);
    }

    private static void CheckText(RecordInput input, RecordKindInfo info, RecordResult result)
    {
        var title = NameRules.Check(input.Title, NameRules.RecordTitle);
        input.Title = title.Value;
        input.Content = input.Content.Trim();
        if (title.Error is { } titleError)
        {
            result.Add(nameof(RecordInput.Title), titleError);
        }
        if (info.ContentRequired && input.Content.Length == 0)
        {
            result.Add(nameof(RecordInput.Content), $"请填写{info.ContentLabel}");
        }
        else if (input.Content.Length > MaxContent)
        {
            result.Add(nameof(RecordInput.Content), $"内容不能超过{MaxContent}个字");
        }
    }

    // The period the record is for: the event date's own period unless an earlier one is named.
    private static Period? CheckPeriod(Scheme scheme, RecordInput input, DateOnly date, RecordResult result)
    {
        if (RecordPeriods.KindOf(scheme, input.Kind) is not { } kind)
        {
            input.ForPeriod = null;
            return null;
        }
        var own = PeriodMath.Containing(kind, date);
        if (input.ForPeriod is not { } day)
        {
            return own;
        }
        var named = PeriodMath.Containing(kind, day);
        if (named.Start > own.Start)
        {
            result.Add(nameof(RecordInput.ForPeriod), "所属期间不能晚于日期所在的期间");
            return own;
        }
        input.ForPeriod = named.Start == own.Start ? null : named.Start;
        return named;
    }

    private static async Task CheckServicePointAsync(IRecordLookups lookups, RecordInput input, RecordKindInfo info, RecordResult result, CancellationToken ct)
    {
        if (!info.NeedsServicePoint)
        {
            input.ServicePointId = null;
            return;
        }
        if (input.ServicePointId is not { } pointId)
        {
            result.Add(nameof(RecordInput.ServicePointId), "请选择服务站点");
        }
        else if (!await lookups.ServicePointInStationAsync(input.StationId, pointId, ct))
        {
            result.Add(nameof(RecordInput.ServicePointId), "该服务站点不属于所选站所");
        }
    }

    // The person held the role at some time between the period's start and the later of its end and the event date.
    private static (DateOnly From, DateOnly To) Window(RecordInput input, Period? period)
    {
        var date = input.EventDate!.Value;
        return (period is { } p && p.Start < date ? p.Start : date, period is { } q && q.End > date ? q.End : date);
    }

    /// <summary>A handover names the customer manager who handed the ledger over and says whether the supervisor acknowledged it.</summary>
    private static async Task CheckHandoverAsync(IRecordLookups lookups, RecordInput input, Period? period, RecordResult result, CancellationToken ct)
    {
        if (input.Acknowledged is null)
        {
            result.Add(nameof(RecordInput.Acknowledged), "请说明廉政监督员是否已签收");
        }
        if (input.HandedOverById is not { } managerId)
        {
            result.Add(nameof(RecordInput.HandedOverById), "请选择移交台账的驻村客户经理");
            return;
        }
        if (!await lookups.PersonInStationAsync(input.StationId, managerId, ct))
        {
            result.Add(nameof(RecordInput.HandedOverById), "该人员不属于所选站所");
            return;
        }
        var (from, to) = Window(input, period);
        if (!await lookups.HoldsRoleAsync(input.StationId, managerId, RecordPerson.CustomerManager, input.ServicePointId, from, to, ct))
        {
            result.Add(nameof(RecordInput.HandedOverById), "该人员在该期间不是此服务站点的驻村客户经理");
        }
    }

    private static async Task CheckPersonAsync(IRecordLookups lookups, RecordInput input, RecordKindInfo info, Period? period, RecordResult result, CancellationToken ct)
    {
        if (info.Person == RecordPerson.None)
        {
            input.PersonId = null;
            return;
        }
        var role = RecordFormOptions.PersonRoleName(info.Person);
        if (input.PersonId is not { } personId)
        {
            if (info.PersonRequired)
            {
                result.Add(nameof(RecordInput.PersonId), $"请选择{role}");
            }
            return;
        }
        if (!await lookups.PersonInStationAsync(input.StationId, personId, ct))
        {
            result.Add(nameof(RecordInput.PersonId), "该人员不属于所选站所");
            return;
        }
        var (from, to) = Window(input, period);
        var holds = await lookups.HoldsRoleAsync(input.StationId, personId, info.Person, input.ServicePointId, from, to, ct);
        if (!holds)
        {
            result.Add(nameof(RecordInput.PersonId), info.NeedsServicePoint ? $"该人员在该期间不是此服务站点的{role}" : $"该人员在该期间不是{role}");
        }
    }

    private static async Task CheckMeetingAsync(IRecordLookups lookups, RecordInput input, DateOnly date, RecordResult result, CancellationToken ct)
    {
        if (input.MajorDecisionCount is < 0 or > 99)
        {
            result.Add(nameof(RecordInput.MajorDecisionCount), "重大事项数应在0到99之间");
        }
        input.PresentMemberIds = [.. input.PresentMemberIds.Distinct()];
        if (input.PresentMemberIds.Count == 0)
        {
            result.Add(nameof(RecordInput.PresentMemberIds), "请选择出席的监督小组成员");
            return;
        }
        var ids = input.PresentMemberIds.ToList();
        var members = await lookups.GroupMembersAsync(input.StationId, ids, date, ct);
        var outsiders = ids.Except(members).ToList();
        if (outsiders.Count > 0)
        {
            var names = await lookups.NamesAsync(outsiders, ct);
            var who = names.Count > 0 ? string.Join("、", names) : "所选人员";
            result.Add(nameof(RecordInput.PresentMemberIds), $"{who}在会议日期不是监督小组成员");
        }
        input.Attendees |= AttendeeCategories.GroupMember;
    }

    private static async Task CheckProblemsAsync(IRecordLookups lookups, RecordInput input, EvidenceRecord? existing, RecordResult result, CancellationToken ct)
    {
        for (var i = 0; i < input.EmergingProblems.Count; i++)
        {
            var p = input.EmergingProblems[i];
            p.Description = p.Description.Trim();
            if (p.Description.Length == 0)
            {
                result.Add(nameof(RecordInput.EmergingProblems), $"第{i + 1}个问题的描述不能为空");
            }
            else if (p.Description.Length > MaxProblem)
            {
                result.Add(nameof(RecordInput.EmergingProblems), $"第{i + 1}个问题的描述不能超过{MaxProblem}字");
            }
        }
        if (existing is null)
        {
            return;
        }
        var kept = input.EmergingProblems.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        var removed = existing.EmergingProblems.Where(p => !kept.Contains(p.Id)).Select(p => p.Id).ToList();
        if (removed.Count > 0 && await lookups.AnyReminderAnswersAsync(removed, ct))
        {
            result.Add(nameof(RecordInput.EmergingProblems), "已有提醒单对应的问题不能删除");
        }
    }

    private static async Task CheckReminderAsync(IRecordLookups lookups, RecordInput input, DateOnly date, DateOnly today, RecordResult result, CancellationToken ct)
    {
        if (input.AnswersProblemId is not { } problemId)
        {
            result.Add(nameof(RecordInput.AnswersProblemId), "请选择对应的苗头性问题");
            return;
        }
        if (await lookups.ProblemFoundOnAsync(input.StationId, problemId, ct) is not { } foundOn)
        {
            result.Add(nameof(RecordInput.AnswersProblemId), "该问题不属于所选站所");
            return;
        }
        if (date < foundOn)
        {
            result.Add(nameof(RecordInput.EventDate), $"提醒日期不能早于发现问题的检查日期（{foundOn:yyyy-MM-dd}）");
        }
        if (input.ProblemCorrectedOn is { } corrected && (corrected < foundOn || corrected > today))
        {
            result.Add(nameof(RecordInput.ProblemCorrectedOn), "整改完成日期应在检查日期与今天之间");
        }
    }

    private static void CheckOutage(RecordInput input, DateTime localNow, RecordResult result)
    {
        if (input.OutageType is null)
        {
            result.Add(nameof(RecordInput.OutageType), "请选择停电类型");
        }
        if (input.OutageStart is null)
        {
            result.Add(nameof(RecordInput.OutageStart), "请填写停电开始时间");
        }
        if (input.PublishedAt is not { } published)
        {
            result.Add(nameof(RecordInput.PublishedAt), "请填写公告发布时间");
        }
        else if (published > localNow)
        {
            result.Add(nameof(RecordInput.PublishedAt), "公告发布时间不能晚于现在");
        }
    }

    // Fields the kind does not use are stored empty, so the engine never reads stale values.
    private static void Clear(RecordInput input, RecordKindInfo info)
    {
        if (info.Section != RecordSection.GroupMeeting)
        {
            input.PresentMemberIds = [];
            input.MajorDecisionCount = 0;
        }
        if (info.Section is not (RecordSection.GroupMeeting or RecordSection.JointMeeting))
        {
            input.Attendees = AttendeeCategories.None;
        }
        if (info.Section != RecordSection.Inspection)
        {
            input.EmergingProblems = [];
        }
        if (info.Section != RecordSection.Reminder)
        {
            input.AnswersProblemId = null;
            input.ProblemCorrectedOn = null;
        }
        if (info.Section != RecordSection.Outage)
        {
            (input.OutageType, input.OutageStart, input.PublishedAt) = (null, null, null);
        }
        if (info.Section != RecordSection.Incident)
        {
            input.Attributable = true;
        }
        if (info.Section != RecordSection.Recognition)
        {
            (input.RecognisedByVillagers, input.RecognisedByLeadership) = (false, false);
        }
        if (info.Section != RecordSection.Innovation)
        {
            (input.HasClearResults, input.PromotedCompanyWide) = (false, false);
        }
        if (input.Kind != RecordKind.LedgerHandover)
        {
            (input.HandedOverById, input.Acknowledged) = (null, true);
        }
        if (input.Kind != RecordKind.SupervisorEvaluation)
        {
            input.EvaluationResult = null;
        }
    }
}

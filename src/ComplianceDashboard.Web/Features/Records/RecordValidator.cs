using ComplianceDashboard.Domain.Calendar;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Schemes;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;
using EvidenceRecord = ComplianceDashboard.Web.Data.Entities.EvidenceRecord;
using ComplianceDashboard.Web.Infrastructure;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// Field-level checks of a record before it is saved (Chinese messages keyed by <see cref="RecordInput"/> property).
/// Also normalises the input: the period becomes the first day of the period (or null for the event date's own
/// period) and fields the kind does not use are cleared.
/// </summary>
internal static class RecordValidator
{
    public const int MaxContent = 4000;

    public static async Task ValidateAsync(AppDbContext db, Scheme scheme, RecordInput input, EvidenceRecord? existing, DateOnly today, DateTime localNow, RecordResult result, CancellationToken ct)
    {
        var info = RecordKindInfo.Of(input.Kind);
        if (!await db.Stations.AnyAsync(s => s.Id == input.StationId, ct))
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
            result.Add(nameof(RecordInput.EventDate), "日期不能晚于今天");
        }
        var period = CheckPeriod(scheme, input, date, result);
        await CheckServicePointAsync(db, input, info, result, ct);
        await CheckPersonAsync(db, input, info, period, result, ct);
        switch (info.Section)
        {
            case RecordSection.GroupMeeting:
                await CheckMeetingAsync(db, input, date, result, ct);
                break;
            case RecordSection.JointMeeting when input.Attendees == AttendeeCategories.None:
                result.Add(nameof(RecordInput.Attendees), "请选择参会人员类别");
                break;
            case RecordSection.Inspection:
                await CheckProblemsAsync(db, input, existing, result, ct);
                break;
            case RecordSection.Reminder:
                await CheckReminderAsync(db, input, date, today, result, ct);
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

    private static async Task CheckServicePointAsync(AppDbContext db, RecordInput input, RecordKindInfo info, RecordResult result, CancellationToken ct)
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
        else if (!await db.ServicePoints.AnyAsync(p => p.Id == pointId && p.StationId == input.StationId, ct))
        {
            result.Add(nameof(RecordInput.ServicePointId), "该服务站点不属于所选站所");
        }
    }

    private static async Task CheckPersonAsync(AppDbContext db, RecordInput input, RecordKindInfo info, Period? period, RecordResult result, CancellationToken ct)
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
        if (!await db.People.AnyAsync(p => p.Id == personId && p.StationId == input.StationId, ct))
        {
            result.Add(nameof(RecordInput.PersonId), "该人员不属于所选站所");
            return;
        }
        // The person held the role at some time between the period's start and the later of its end and the event date.
        var date = input.EventDate!.Value;
        var from = period is { } p && p.Start < date ? p.Start : date;
        var to = period is { } q && q.End > date ? q.End : date;
        bool holds;
        if (info.Person == RecordPerson.Secretary)
        {
            holds = await db.GroupMemberships.AnyAsync(m => m.StationId == input.StationId && m.PersonId == personId && m.IsPartySecretary && m.From <= to && (m.To == null || m.To >= from), ct);
        }
        else
        {
            var postRole = info.Person == RecordPerson.Supervisor ? PostRole.Supervisor : PostRole.CustomerManager;
            var point = input.ServicePointId;
            holds = await db.PostAssignments.AnyAsync(a => a.PersonId == personId && a.Role == postRole && (point == null || a.ServicePointId == point) && a.From <= to && (a.To == null || a.To >= from), ct)
                || (postRole == PostRole.Supervisor && point == null && !info.NeedsServicePoint
                    && await db.ProjectSupervisors.AnyAsync(p => p.StationId == input.StationId && p.PersonId == personId && p.From <= to && (p.To == null || p.To >= from), ct));
        }
        if (!holds)
        {
            result.Add(nameof(RecordInput.PersonId), info.NeedsServicePoint ? $"该人员在该期间不是此服务站点的{role}" : $"该人员在该期间不是{role}");
        }
    }

    private static async Task CheckMeetingAsync(AppDbContext db, RecordInput input, DateOnly date, RecordResult result, CancellationToken ct)
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
        var members = await db.GroupMemberships.Where(m => m.StationId == input.StationId && ids.Contains(m.PersonId) && m.From <= date && (m.To == null || m.To >= date))
            .Select(m => m.PersonId).ToListAsync(ct);
        var outsiders = ids.Except(members).ToList();
        if (outsiders.Count > 0)
        {
            var names = await db.People.Where(p => outsiders.Contains(p.Id)).Select(p => p.Name).ToListAsync(ct);
            var who = names.Count > 0 ? string.Join("、", names) : "所选人员";
            result.Add(nameof(RecordInput.PresentMemberIds), $"{who}在会议日期不是监督小组成员");
        }
        input.Attendees |= AttendeeCategories.GroupMember;
    }

    private static async Task CheckProblemsAsync(AppDbContext db, RecordInput input, EvidenceRecord? existing, RecordResult result, CancellationToken ct)
    {
        for (var i = 0; i < input.EmergingProblems.Count; i++)
        {
            var p = input.EmergingProblems[i];
            p.Description = p.Description.Trim();
            if (p.Description.Length == 0)
            {
                result.Add(nameof(RecordInput.EmergingProblems), $"第{i + 1}个问题的描述不能为空");
            }
            else if (p.Description.Length > 500)
            {
                result.Add(nameof(RecordInput.EmergingProblems), $"第{i + 1}个问题的描述不能超过500字");
            }
        }
        if (existing is null)
        {
            return;
        }
        var kept = input.EmergingProblems.Where(p => p.Id is not null).Select(p => p.Id!.Value).ToHashSet();
        var removed = existing.EmergingProblems.Where(p => !kept.Contains(p.Id)).Select(p => p.Id).ToList();
        if (removed.Count > 0 && await db.Records.AnyAsync(r => r.Kind == RecordKind.Reminder && r.AnswersProblemId != null && removed.Contains(r.AnswersProblemId.Value), ct))
        {
            result.Add(nameof(RecordInput.EmergingProblems), "已有提醒单对应的问题不能删除");
        }
    }

    private static async Task CheckReminderAsync(AppDbContext db, RecordInput input, DateOnly date, DateOnly today, RecordResult result, CancellationToken ct)
    {
        if (input.AnswersProblemId is not { } problemId)
        {
            result.Add(nameof(RecordInput.AnswersProblemId), "请选择对应的苗头性问题");
            return;
        }
        var found = await (from p in db.EmergingProblems
                           join r in db.Records on p.RecordId equals r.Id
                           where p.Id == problemId && r.StationId == input.StationId
                           select new { r.EventDate }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            result.Add(nameof(RecordInput.AnswersProblemId), "该问题不属于所选站所");
            return;
        }
        if (date < found.EventDate)
        {
            result.Add(nameof(RecordInput.EventDate), $"提醒日期不能早于发现问题的检查日期（{found.EventDate:yyyy-MM-dd}）");
        }
        if (input.ProblemCorrectedOn is { } corrected && (corrected < found.EventDate || corrected > today))
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
    }
}

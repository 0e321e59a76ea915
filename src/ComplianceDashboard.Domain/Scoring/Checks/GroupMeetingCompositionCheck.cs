namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 13 (composition half; monthly minutes are obligation O5): on each group meeting's date the group has
/// minMembers–maxMembers members led by the party secretary, and a meeting with major decisions has at least
/// quorumRatio of the members present.
/// </summary>
public sealed class GroupMeetingCompositionCheck() : ConditionCheckBase(
    "GroupMeetingComposition", NumberParameter("minMembers"), NumberParameter("maxMembers"), NumberParameter("quorumRatio"))
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var min = parameters.GetInt("minMembers", 3);
        var max = parameters.GetInt("maxMembers", 7);
        var quorum = parameters.GetDecimal("quorumRatio", 0.5m);
        var failures = new List<CheckFailure>();
        var ids = new List<long>();
        foreach (var m in context.Records.OfKind(RecordKind.GroupMeeting).Where(r => context.Clock.InYearSoFar(r.EventDate)))
        {
            ids.Add(m.Id);
            var members = 0;
            var ledBySecretary = false;
            var present = 0;
            foreach (var g in context.Facts.GroupMembers)
            {
                if (!g.IsMemberOn(m.EventDate))
                    continue;
                members++;
                ledBySecretary |= g.Role == GroupRole.Leader && g.IsPartySecretary;
                if (m.PresentMemberIds.Contains(g.PersonId))
                    present++;
            }
            if (members < min || members > max)
                failures.Add(new CheckFailure($"{m.EventDate:yyyy-MM-dd} 监督小组成员{members}人，不在{min}–{max}人范围内", [m.Id]));
            if (!ledBySecretary)
                failures.Add(new CheckFailure($"{m.EventDate:yyyy-MM-dd} 监督小组组长不是支部书记", [m.Id]));
            if (m.MajorDecisionCount > 0 && present < quorum * members)
                failures.Add(new CheckFailure($"{m.EventDate:yyyy-MM-dd} 会议研究重大事项时仅{present}/{members}名成员到会，未达半数", [m.Id]));
        }
        return CheckOutcome.From(failures, ids, "小组构成合规，重大事项均达法定人数");
    }
}

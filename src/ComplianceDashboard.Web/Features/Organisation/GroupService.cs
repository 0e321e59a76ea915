namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record MemberRow(int Id, int PersonId, string PersonName, GroupRole Role, bool IsPartySecretary, DateOnly From, DateOnly? To, bool IsCurrent);

/// <summary>The 廉政监督小组 today: members (current and past) and the composition flags of item 13.</summary>
public sealed record GroupView(IReadOnlyList<MemberRow> Members, int CurrentCount, bool LeaderIsSecretary, IReadOnlyList<string> Warnings);

public sealed class MemberInput
{
    public int? PersonId { get; set; }
    public GroupRole Role { get; set; } = GroupRole.StaffRepresentative;
    public bool IsPartySecretary { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
}

/// <summary>Supervision-group membership: at most 7 members on any day (refused), leader = party secretary and 3–5 members (flagged).</summary>
public sealed class GroupService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    private const string OnlySecretary = "只有本所党支部书记可以调整监督小组成员";

    public async Task<GroupView> GetAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        var today = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        var members = await currentUser.Scope.Filter(db.GroupMemberships, m => m.StationId).Where(m => m.StationId == stationId)
            .OrderBy(m => m.Role).ThenBy(m => m.From)
            .Select(m => new MemberRow(m.Id, m.PersonId, m.Person!.Name, m.Role, m.IsPartySecretary, m.From, m.To, m.From <= today && (m.To == null || m.To >= today)))
            .ToListAsync(ct);
        return Describe(members);
    }

    public static GroupView Describe(IReadOnlyList<MemberRow> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var current = members.Where(m => m.IsCurrent).ToList();
        var leaderIsSecretary = current.Any(m => m.Role == GroupRole.Leader && m.IsPartySecretary);
        var warnings = new List<string>();
        if (!leaderIsSecretary)
        {
            warnings.Add(current.Any(m => m.Role == GroupRole.Leader)
                ? $"监督小组组长不是党支部书记：第{OrganisationRules.GroupItem.Code}项（{OrganisationRules.GroupItem.MaxPoints:0}分）将得0分"
                : $"监督小组没有组长（应由党支部书记担任）：第{OrganisationRules.GroupItem.Code}项（{OrganisationRules.GroupItem.MaxPoints:0}分）将得0分");
        }
        if (current.Count < OrganisationRules.MinGroupMembers)
        {
            warnings.Add($"监督小组现有{current.Count}名成员，少于{OrganisationRules.MinGroupMembers}名：第{OrganisationRules.GroupItem.Code}项将得0分");
        }
        else if (current.Count > OrganisationRules.NormalMaxGroupMembers)
        {
            warnings.Add($"监督小组现有{current.Count}名成员，多于通常的{OrganisationRules.MinGroupMembers}–{OrganisationRules.NormalMaxGroupMembers}名（最多{OrganisationRules.MaxGroupMembers}名）");
        }
        return new GroupView(members, current.Count, leaderIsSecretary, warnings);
    }

    public Task<CommandResult<int>> AddAsync(int stationId, MemberInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return factory.RunAsync(currentUser.CanManage(stationId), OnlySecretary, async (db, result) =>
        {
            await result.CheckStationPersonAsync(db, stationId, input.PersonId, nameof(input.PersonId), "请选择本所人员", ct);
            result.CheckPeriod(nameof(input.From), input.From, "请填写加入日期", nameof(input.To), input.To, null, "退出日期不能早于加入日期");
            if (!result.Succeeded)
            {
                return result;
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var from = input.From!.Value;
            var until = input.To ?? DateOnly.MaxValue;
            var overlapping = await db.GroupMemberships.Where(m => m.StationId == stationId && m.From <= until && (m.To == null || m.To >= from)).ToListAsync(ct);
            if (overlapping.Any(m => m.PersonId == input.PersonId))
            {
                result.Add(nameof(input.PersonId), "该人员在此期间已是小组成员");
            }
            if (input.Role == GroupRole.Leader && overlapping.Any(m => m.Role == GroupRole.Leader))
            {
                result.Add(nameof(input.Role), "小组在此期间已有组长，组长只能有一名");
            }
            // The count can only rise where an interval starts: check the new member's first day and every later start.
            foreach (var day in overlapping.Select(m => m.From).Where(d => d > from).Append(from).Distinct().Order())
            {
                var count = overlapping.Count(m => m.From <= day && (m.To == null || m.To >= day));
                if (count + 1 > OrganisationRules.MaxGroupMembers)
                {
                    result.Add(nameof(input.From), $"{OrganisationNames.Date(day)}小组已有{count}名成员，监督小组最多{OrganisationRules.MaxGroupMembers}名成员");
                    break;
                }
            }
            if (!result.Succeeded)
            {
                return result;
            }
            var member = new GroupMembership { StationId = stationId, PersonId = input.PersonId!.Value, Role = input.Role, IsPartySecretary = input.IsPartySecretary, From = from, To = input.To };
            db.GroupMemberships.Add(member);
            await gradingTrigger.SaveAndRegradeAsync(db, tx, stationId, from, ct);
            return CommandResult.Ok(member.Id);
        }, ct);
    }

    /// <summary>Removes a member from the group on a day (the membership row keeps its history).</summary>
    public Task<CommandResult<int>> EndAsync(int stationId, int membershipId, DateOnly? to, CancellationToken ct = default) =>
        factory.RunAsync(currentUser.CanManage(stationId), OnlySecretary, async (db, result) =>
        {
            var member = await db.GroupMemberships.FirstOrDefaultAsync(m => m.Id == membershipId && m.StationId == stationId, ct);
            if (member is null)
            {
                return result.Add(CommandResult.FormField, "小组成员记录不存在或不属于本所");
            }
            result.CheckEndDay(nameof(EndDateInput.To), to, member.From, "请填写退出日期", "退出日期不能早于加入日期");
            if (!result.Succeeded)
            {
                return result;
            }
            var changedFrom = GradingTrigger.Earliest(to!.Value, member.To);
            member.To = to;
            await gradingTrigger.SaveAndRegradeAsync(db, null, stationId, changedFrom, ct);
            return CommandResult.Ok(member.Id);
        }, ct);
}

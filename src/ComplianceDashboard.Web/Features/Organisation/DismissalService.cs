namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record DismissalRow(int Id, int PersonId, string PersonName, DismissalGround Ground, DateOnly GroundOn, DateOnly? DismissedOn, string Note);

/// <summary>Detected ground (b): a supervisor still in post after <see cref="OrganisationRules.InactiveMonths"/> whole months without any record naming them.</summary>
public sealed record InactivityWarning(int PersonId, string PersonName, DateOnly FirstIdleMonth, DateOnly GroundOn, DateOnly DismissBy)
{
    public string Message => $"连续{OrganisationRules.InactiveMonths}个月未履职，应于{OrganisationNames.Date(DismissBy)}前解聘";
}

public sealed class DismissalInput
{
    public int? PersonId { get; set; }
    public DismissalGround? Ground { get; set; }
    public DateOnly? GroundOn { get; set; }
    public DateOnly? DismissedOn { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>Dismissal of supervisors on grounds (a)–(e) of §5.2.2.7, and detection of ground (b) (item 6).</summary>
public sealed class DismissalService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    public async Task<IReadOnlyList<DismissalRow>> ListAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await currentUser.Scope.Filter(db.DismissalCases, d => d.Person!.StationId).Where(d => d.Person!.StationId == stationId)
            .OrderByDescending(d => d.GroundOn)
            .Select(d => new DismissalRow(d.Id, d.PersonId, d.Person!.Name, d.Ground, d.GroundOn, d.DismissedOn, d.Note)).ToListAsync(ct);
    }

    /// <summary>
    /// Supervisors in post today whose latest run of whole months in post without any record naming them
    /// (EvidenceRecord.PersonId) reached the limit, and who were not dismissed since. One query for the months
    /// with records (set-based), the runs are counted in memory; the look-back starts in January of last year or
    /// at the station's first record, as the rubric does.
    /// </summary>
    public async Task<IReadOnlyList<InactivityWarning>> DetectInactiveAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        var today = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        // Service-point and project supervisor posts, each cut at an expired term (as the grading reads them).
        var pointPosts = await currentUser.Scope.Filter(db.PostAssignments, a => a.ServicePoint!.StationId)
            .Where(a => a.ServicePoint!.StationId == stationId && a.Role == PostRole.Supervisor)
            .Select(a => new { a.PersonId, a.Person!.Name, a.From, a.To }).ToListAsync(ct);
        var projectPosts = await currentUser.Scope.Filter(db.ProjectSupervisors, p => p.StationId).Where(p => p.StationId == stationId)
            .Select(p => new { p.PersonId, p.Person!.Name, p.From, p.To }).ToListAsync(ct);
        var expired = await StaffingService.ExpiredTermsAsync(db, stationId, today, ct);
        var posts = pointPosts.Concat(projectPosts)
            .Select(p => SupervisorTerms.EndsOn(p.From, p.To, expired.GetValueOrDefault(p.PersonId)) is { } end ? p with { To = end } : p).ToList();
        var inPostToday = posts.Where(p => p.From <= today && (p.To is null || p.To >= today)).Select(p => p.PersonId).ToHashSet();
        if (inPostToday.Count == 0)
        {
            return [];
        }
        var earliest = await db.Records.Where(r => r.StationId == stationId).MinAsync(r => (DateOnly?)r.EventDate, ct);
        if (earliest is null)
        {
            return [];
        }
        var start = new DateOnly(today.Year - 1, 1, 1);
        if (earliest > start)
        {
            start = new DateOnly(earliest.Value.Year, earliest.Value.Month, 1);
        }
        var ids = inPostToday.ToList();
        var active = (await db.Records.Where(r => r.StationId == stationId && r.PersonId != null && ids.Contains(r.PersonId.Value) && r.EventDate >= start)
                .Select(r => new { PersonId = r.PersonId!.Value, r.EventDate.Year, r.EventDate.Month }).Distinct().ToListAsync(ct))
            .Select(r => (r.PersonId, r.Year * 12 + r.Month)).ToHashSet();
        var dismissed = await db.DismissalCases.Where(d => ids.Contains(d.PersonId) && d.DismissedOn != null)
            .Select(d => new { d.PersonId, d.DismissedOn }).ToListAsync(ct);

        var warnings = new List<InactivityWarning>();
        foreach (var personId in ids)
        {
            var personPosts = posts.Where(p => p.PersonId == personId).ToList();
            var run = 0;
            InactivityWarning? latest = null;
            for (var month = start; month.AddMonths(1).AddDays(-1) <= today; month = month.AddMonths(1))
            {
                var end = month.AddMonths(1).AddDays(-1);
                var held = personPosts.Any(p => p.From <= month && (p.To is null || p.To >= end));
                run = held && !active.Contains((personId, month.Year * 12 + month.Month)) ? run + 1 : 0;
                if (run == OrganisationRules.InactiveMonths)
                {
                    run = 0; // a further run is a new ground
                    latest = new InactivityWarning(personId, personPosts[0].Name, month.AddMonths(1 - OrganisationRules.InactiveMonths), end,
                        end.AddMonths(OrganisationRules.DismissWithinMonths));
                }
            }
            if (latest is not null && !dismissed.Any(d => d.PersonId == personId && d.DismissedOn >= latest.GroundOn))
            {
                warnings.Add(latest);
            }
        }
        return [.. warnings.OrderBy(w => w.DismissBy)];
    }

    /// <summary>Records a dismissal and ends the person's supervisor posts and supervisor group membership on the same day, in one transaction.</summary>
    public Task<CommandResult<int>> DismissAsync(int stationId, DismissalInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var allowed = currentUser.CanManage(stationId) || (currentUser.CanApprove && currentUser.CanRead(stationId));
        return factory.RunAsync(allowed, "只有本所党支部书记、纪委领导或管理员可以解聘监督员", async (db, result) =>
        {
            await result.CheckStationPersonAsync(db, stationId, input.PersonId, nameof(input.PersonId), "请选择本所监督员", ct);
            if (input.Ground is null)
            {
                result.Add(nameof(input.Ground), "请选择解聘情形");
            }
            else if (input.Ground == DismissalGround.Other && string.IsNullOrWhiteSpace(input.Note))
            {
                result.Add(nameof(input.Note), "“其他”情形须说明原因");
            }
            result.CheckPeriod(nameof(input.GroundOn), input.GroundOn, "请填写情形发生日期",
                nameof(input.DismissedOn), input.DismissedOn, "请填写解聘日期", "解聘日期不能早于情形发生日期");
            if (input.Note.Length > 500)
            {
                result.Add(nameof(input.Note), "说明不能超过500个字");
            }
            if (!result.Succeeded)
            {
                return result;
            }
            var on = input.DismissedOn!.Value;
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var posts = await db.PostAssignments.Where(a => a.PersonId == input.PersonId && a.Role == PostRole.Supervisor
                && a.From <= on && (a.To == null || a.To > on)).ToListAsync(ct);
            var projectPosts = await db.ProjectSupervisors.Where(p => p.PersonId == input.PersonId && p.StationId == stationId
                && p.From <= on && (p.To == null || p.To > on)).ToListAsync(ct);
            if (posts.Count == 0 && projectPosts.Count == 0)
            {
                return result.Add(nameof(input.PersonId), $"该人员在{OrganisationNames.Date(on)}不在站点或工程廉政监督员岗位上");
            }
            foreach (var post in posts)
            {
                post.To = on;
                post.EndReason = VacancyReason.Dismissed;
            }
            foreach (var post in projectPosts)
            {
                post.To = on;
                post.EndReason = VacancyReason.Dismissed;
            }
            var memberships = await db.GroupMemberships.Where(m => m.PersonId == input.PersonId && m.Role == GroupRole.Supervisor
                && m.From <= on && (m.To == null || m.To > on)).ToListAsync(ct);
            foreach (var m in memberships)
            {
                m.To = on;
            }
            var dismissal = new DismissalCase { PersonId = input.PersonId!.Value, Ground = input.Ground!.Value, GroundOn = input.GroundOn!.Value, DismissedOn = on, Note = input.Note.Trim() };
            db.DismissalCases.Add(dismissal);
            await gradingTrigger.SaveAndRegradeAsync(db, tx, stationId, GradingTrigger.Earliest(on, input.GroundOn), ct);
            return CommandResult.Ok(dismissal.Id);
        }, ct);
    }
}

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>One 工程廉政监督员 post as it stands today (cut at an expired term like a service-point supervisor post).</summary>
public sealed record ProjectSupervisorRow(int Id, string ProjectName, int PersonId, string PersonName, DateOnly From, DateOnly? To, VacancyReason? EndReason, bool EndedByTerm, string Note)
{
    public bool IsCurrent(DateOnly today) => From <= today && (To is null || To >= today);
}

public sealed class ProjectSupervisorInput
{
    public string ProjectName { get; set; } = "";
    public int? PersonId { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string Note { get; set; } = "";
}

/// <summary>
/// 工程廉政监督员 (QL-2022 §5.2.3.10): a major engineering project of the station may add a supervisor, managed like a
/// service-point supervisor. The station's 支部书记 records the post; the person must already hold a supervisor
/// appointment approved by the company discipline committee (推荐 → 审核 → 批准 on the 监督员聘任 page) whose term covers
/// the start. The post then counts as a supervisor for items 5, 6 and 21 (duty reports, yearly evaluation); it is
/// optional, so ending it opens no vacancy. Every call checks the station scope on the server.
/// </summary>
public sealed class ProjectSupervisorService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    private const string OnlySecretary = "只有本所党支部书记可以登记工程廉政监督员";

    public async Task<IReadOnlyList<ProjectSupervisorRow>> ListAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await currentUser.Scope.Filter(db.ProjectSupervisors, p => p.StationId).Where(p => p.StationId == stationId)
            .OrderBy(p => p.To != null).ThenByDescending(p => p.From).ThenBy(p => p.ProjectName)
            .Select(p => new ProjectSupervisorRow(p.Id, p.ProjectName, p.PersonId, p.Person!.Name, p.From, p.To, p.EndReason, false, p.Note))
            .ToListAsync(ct);
        var expired = await StaffingService.ExpiredTermsAsync(db, stationId, clock.Today, ct);
        return [.. rows.Select(r => SupervisorTerms.EndsOn(r.From, r.To, expired.GetValueOrDefault(r.PersonId)) is { } end
            ? r with { To = end, EndReason = VacancyReason.TermEnded, EndedByTerm = true } : r)];
    }

    public Task<CommandResult<int>> CreateAsync(int stationId, ProjectSupervisorInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return factory.RunAsync(currentUser.CanManage(stationId), OnlySecretary, async (db, result) =>
        {
            var project = NameRules.Check(input.ProjectName, NameRules.ProjectName);
            if (project.Error is { } projectError)
            {
                result.Add(nameof(input.ProjectName), projectError);
            }
            var person = input.PersonId is { } pid
                ? await db.People.Where(p => p.Id == pid && p.StationId == stationId).Select(p => new { p.Id, p.Name }).FirstOrDefaultAsync(ct)
                : null;
            if (person is null)
            {
                result.Add(nameof(input.PersonId), "请选择本所人员");
            }
            result.CheckPeriod(nameof(input.From), input.From, "请填写任职开始日期", nameof(input.To), input.To, null, "结束日期不能早于开始日期");
            if (input.Note.Trim().Length > 500)
            {
                result.Add(nameof(input.Note), "说明不能超过500个字");
            }
            if (person is not null && input.From is { } start)
            {
                // Managed like a service-point supervisor: appointed by the company discipline committee first.
                var appointed = await db.SupervisorAppointments.AnyAsync(a => a.PersonId == person.Id && a.Status == AppointmentStatus.Approved
                    && a.TermStart <= start && a.TermEnd >= start, ct);
                if (!appointed)
                {
                    result.Add(nameof(input.PersonId), $"{person.Name}在{OrganisationNames.Date(start)}没有经公司纪委批准的廉政监督员聘任，请先在“监督员聘任”中完成推荐、审核和批准");
                }
                var end = input.To ?? DateOnly.MaxValue;
                if (project.Value.Length > 0 && await db.ProjectSupervisors.AnyAsync(p => p.StationId == stationId && p.PersonId == person.Id && p.ProjectName == project.Value
                        && p.From <= end && (p.To == null || p.To >= start), ct))
                {
                    result.Add(nameof(input.From), $"{person.Name}在此期间已是该工程的廉政监督员");
                }
            }
            if (!result.Succeeded)
            {
                return result;
            }
            var post = new ProjectSupervisor
            {
                StationId = stationId, ProjectName = project.Value, PersonId = person!.Id, From = input.From!.Value, To = input.To, Note = input.Note.Trim(),
                EndReason = input.To is null ? null : VacancyReason.Left,
            };
            db.ProjectSupervisors.Add(post);
            await gradingTrigger.SaveAndRegradeAsync(db, null, stationId, post.From, ct);
            return CommandResult.Ok(post.Id);
        }, ct);
    }

    /// <summary>Ends a project post (工程完工 or the person leaves: 离岗; 解聘 goes through the dismissal form). No vacancy follows.</summary>
    public Task<CommandResult<int>> EndAsync(int stationId, int id, DateOnly? to, VacancyReason? reason, CancellationToken ct = default) =>
        factory.RunAsync(currentUser.CanManage(stationId), OnlySecretary, async (db, result) =>
        {
            var post = await db.ProjectSupervisors.FirstOrDefaultAsync(p => p.Id == id && p.StationId == stationId, ct);
            if (post is null)
            {
                return result.Add(CommandResult.FormField, "工程廉政监督员记录不存在或不属于本所");
            }
            result.CheckEndDay(nameof(EndDateInput.To), to, post.From, "请填写结束日期", "结束日期不能早于开始日期");
            return await gradingTrigger.EndPostAsync(db, result, stationId, post, to, reason, "请选择结束原因", ct);
        }, ct);
}

namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record PersonRow(int Id, string Name, string JobTitle, string Phone);

/// <summary>
/// One post assignment as it stands today. <see cref="EndedByTerm"/>: a supervisor post the data leaves open but whose
/// approved term ran out without renewal — shown (and graded) as ended on the term's last day, 任期届满.
/// </summary>
public sealed record AssignmentRow(int Id, int PersonId, string PersonName, int ServicePointId, string PointName, PostRole Role, DateOnly From, DateOnly? To, VacancyReason? EndReason, bool EndedByTerm = false);

/// <summary>
/// Who holds one post (service point, role) today — or, when nobody does, since when it is vacant and by when it must
/// be refilled (item 7). A supervisor whose approved term ran out without renewal counts as ended on the term's last day.
/// </summary>
public sealed record PostStatus(
    int ServicePointId, string PointName, PostRole Role,
    int? HolderId, string? HolderName, DateOnly? HolderSince,
    DateOnly? VacantSince, VacancyReason? VacancyReason, DateOnly? RefillDeadline, int DaysVacant)
{
    public bool IsVacant => HolderId is null;

    public bool IsOverdue(DateOnly today) => RefillDeadline is { } d && d < today;
}

public sealed class PersonInput
{
    public int? Id { get; set; }
    public string Name { get; set; } = "";
    public string JobTitle { get; set; } = "";
    public string Phone { get; set; } = "";
}

/// <summary>A new post assignment; the current holder is ended only when <see cref="EndCurrentHolder"/> says so.</summary>
public sealed class AssignmentInput
{
    public int? PersonId { get; set; }
    public int? ServicePointId { get; set; }
    public PostRole Role { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public bool EndCurrentHolder { get; set; }
    public DateOnly? CurrentHolderTo { get; set; }
    public VacancyReason? CurrentHolderReason { get; set; }
}

/// <summary>People of a station and their customer-manager / supervisor posts (items 4 and 7).</summary>
public sealed class StaffingService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    private const string OnlySecretary = "只有本所党支部书记可以调整岗位人员";

    public async Task<IReadOnlyList<PersonRow>> PeopleAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        await using var db = await factory.CreateDbContextAsync(ct);
        return await currentUser.Scope.Filter(db.People, p => p.StationId).Where(p => p.StationId == stationId).OrderBy(p => p.Name)
            .Select(p => new PersonRow(p.Id, p.Name, p.JobTitle, p.Phone)).ToListAsync(ct);
    }

    /// <summary>The station's post assignments, supervisor posts cut at an expired term as the grading reads them (<see cref="SupervisorTerms"/>).</summary>
    public async Task<IReadOnlyList<AssignmentRow>> AssignmentsAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await currentUser.Scope.Filter(db.PostAssignments, a => a.ServicePoint!.StationId).Where(a => a.ServicePoint!.StationId == stationId)
            .OrderBy(a => a.ServicePoint!.Name).ThenBy(a => a.Role).ThenByDescending(a => a.From)
            .Select(a => new AssignmentRow(a.Id, a.PersonId, a.Person!.Name, a.ServicePointId, a.ServicePoint!.Name, a.Role, a.From, a.To, a.EndReason, false))
            .ToListAsync(ct);
        var expired = await ExpiredTermsAsync(db, stationId, clock.Today, ct);
        return [.. rows.Select(a => a.Role == PostRole.Supervisor ? ApplyTermExpiry(a, expired.GetValueOrDefault(a.PersonId)) : a)];
    }

    /// <summary>Each active service point's two posts today: holder, or a vacancy with its refill deadline.</summary>
    public async Task<IReadOnlyList<PostStatus>> PostsAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        var today = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        var points = await currentUser.Scope.Filter(db.ServicePoints, p => p.StationId).Where(p => p.StationId == stationId)
            .Where(p => p.OpenedOn <= today && (p.ClosedOn == null || p.ClosedOn >= today))
            .OrderBy(p => p.OpenedOn).ThenBy(p => p.Name).Select(p => new { p.Id, p.Name, p.OpenedOn }).ToListAsync(ct);
        var assignments = await AssignmentsAsync(stationId, ct);
        var result = new List<PostStatus>();
        foreach (var point in points)
        {
            foreach (var role in new[] { PostRole.CustomerManager, PostRole.Supervisor })
            {
                var posts = assignments.Where(a => a.ServicePointId == point.Id && a.Role == role).ToList();
                var holder = posts.FirstOrDefault(a => a.From <= today && (a.To is null || a.To >= today));
                if (holder is not null)
                {
                    result.Add(new PostStatus(point.Id, point.Name, role, holder.PersonId, holder.PersonName, holder.From, null, null, null, 0));
                    continue;
                }
                var last = posts.Where(a => a.To is not null && a.To < today).MaxBy(a => a.To);
                var since = last is null ? point.OpenedOn : last.To!.Value.AddDays(1);
                DateOnly? deadline = last is null ? null : OrganisationRules.RefillDeadline(last.To!.Value);
                result.Add(new PostStatus(point.Id, point.Name, role, null, null, null, since, last?.EndReason, deadline, today.DayNumber - since.DayNumber));
            }
        }
        return result;
    }

    /// <summary>
    /// A supervisor post ends with the person's approved terms (the grading's rule, <see cref="SupervisorTerms"/>): when
    /// the last approved term ended before the post did (or the post is still open) and no later term was approved,
    /// the post ends on that day (任期届满).
    /// </summary>
    public static AssignmentRow ApplyTermExpiry(AssignmentRow a, DateOnly? expiredOn)
    {
        ArgumentNullException.ThrowIfNull(a);
        return SupervisorTerms.EndsOn(a.From, a.To, expiredOn) is { } end ? a with { To = end, EndReason = VacancyReason.TermEnded, EndedByTerm = true } : a;
    }

    /// <summary>Person id → last day of their approved terms, for the station's people whose terms have all run out by <paramref name="today"/>.</summary>
    internal static async Task<Dictionary<int, DateOnly?>> ExpiredTermsAsync(AppDbContext db, int stationId, DateOnly today, CancellationToken ct)
    {
        var approved = await db.SupervisorAppointments.Where(s => s.Person!.StationId == stationId && s.Status == AppointmentStatus.Approved)
            .Select(s => new { s.Id, s.PersonId, s.DocumentNo, s.ApprovedOn, s.TermStart, s.TermEnd, s.ConsecutiveTerm }).ToListAsync(ct);
        return approved
            .GroupBy(s => s.PersonId)
            .Select(g => (g.Key, End: SupervisorTerms.ExpiredOn(
                g.Select(s => new SupervisorAppointmentFact(s.Id, s.PersonId, s.DocumentNo, s.ApprovedOn, s.TermStart, s.TermEnd, s.ConsecutiveTerm)), today)))
            .Where(x => x.End is not null)
            .ToDictionary(x => x.Key, x => x.End);
    }

    public async Task<CommandResult<int>> SavePersonAsync(int stationId, PersonInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.CanManage(stationId))
        {
            return new CommandResult<int>().Add("", "只有本所党支部书记可以维护人员");
        }
        var result = new CommandResult<int>();
        var name = NameRules.Check(input.Name, NameRules.PersonName);
        var jobTitle = NameRules.Check(input.JobTitle, NameRules.JobTitle, required: false);
        var phone = NameRules.Check(input.Phone, NameRules.Phone, required: false);
        foreach (var (field, check) in new[] { (nameof(input.Name), name), (nameof(input.JobTitle), jobTitle), (nameof(input.Phone), phone) })
        {
            if (check.Error is { } error)
            {
                result.Add(field, error);
            }
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        Person? person = null;
        if (input.Id is { } id && (person = await db.People.FirstOrDefaultAsync(p => p.Id == id && p.StationId == stationId, ct)) is null)
        {
            result.Add("", "人员不存在或不属于本所");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        if (person is null)
        {
            person = new Person { StationId = stationId, Name = "" };
            db.People.Add(person);
        }
        person.Name = name.Value;
        person.JobTitle = jobTitle.Value;
        person.Phone = phone.Value;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(person.Id);
    }

    /// <summary>
    /// Posts a person at a service point. One holder per (point, role) at any time: an overlap is refused on the
    /// <c>From</c> field unless the form also ends the current holder (date + reason), in the same transaction.
    /// </summary>
    public Task<CommandResult<int>> AssignAsync(int stationId, AssignmentInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return factory.RunAsync(currentUser.CanManage(stationId), OnlySecretary, async (db, result) =>
        {
            await result.CheckStationPersonAsync(db, stationId, input.PersonId, nameof(input.PersonId), "请选择本所人员", ct);
            if (input.ServicePointId is not { } pointId || !await db.ServicePoints.AnyAsync(p => p.Id == pointId && p.StationId == stationId, ct))
            {
                result.Add(nameof(input.ServicePointId), "请选择本所服务站点");
            }
            result.CheckPeriod(nameof(input.From), input.From, "请填写到岗日期", nameof(input.To), input.To, null, "离岗日期不能早于到岗日期");
            if (!result.Succeeded)
            {
                return result;
            }

            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var from = input.From!.Value;
            var changedFrom = from;
            var others = await db.PostAssignments.Include(a => a.Person)
                .Where(a => a.ServicePointId == input.ServicePointId && a.Role == input.Role).ToListAsync(ct);
            if (input.EndCurrentHolder)
            {
                var current = others.Where(a => a.From < from && (a.To is null || a.To >= from)).MaxBy(a => a.From);
                var endOn = input.CurrentHolderTo ?? from.AddDays(-1);
                if (current is null)
                {
                    result.Add(nameof(input.EndCurrentHolder), "到岗日期时该岗位没有在岗人员，无需结束");
                }
                else if (endOn < current.From || endOn >= from)
                {
                    result.Add(nameof(input.CurrentHolderTo), $"前任离岗日期须在{OrganisationNames.Date(current.From)}至{OrganisationNames.Date(from.AddDays(-1))}之间");
                }
                if (input.CurrentHolderReason is null)
                {
                    result.Add(nameof(input.CurrentHolderReason), "请选择前任离岗原因");
                }
                if (result.Succeeded)
                {
                    current!.To = endOn;
                    changedFrom = endOn;
                    current.EndReason = input.CurrentHolderReason;
                }
            }
            var newTo = input.To ?? DateOnly.MaxValue;
            var clash = others.FirstOrDefault(a => a.From <= newTo && (a.To ?? DateOnly.MaxValue) >= from);
            if (result.Succeeded && clash is not null)
            {
                result.Add(nameof(input.From),
                    $"该站点{ChineseNames.Of(input.Role)}在此期间已由{clash.Person?.Name}担任（{OrganisationNames.Date(clash.From)}至{(clash.To is { } t ? OrganisationNames.Date(t) : "今")}），同一岗位同一时间只能有一人");
            }
            if (!result.Succeeded)
            {
                return result;
            }
            var assignment = new PostAssignment { PersonId = input.PersonId!.Value, ServicePointId = input.ServicePointId!.Value, Role = input.Role, From = from, To = input.To };
            db.PostAssignments.Add(assignment);
            await gradingTrigger.SaveAndRegradeAsync(db, tx, stationId, changedFrom, ct);
            return CommandResult.Ok(assignment.Id);
        }, ct);
    }

    /// <summary>Ends an assignment on a day with a reason (离岗/解聘/任期届满); this opens a vacancy (item 7).</summary>
    public Task<CommandResult<int>> EndAssignmentAsync(int stationId, int assignmentId, DateOnly? to, VacancyReason? reason, CancellationToken ct = default) =>
        factory.RunAsync(currentUser.CanManage(stationId), OnlySecretary, async (db, result) =>
        {
            var assignment = await db.PostAssignments.FirstOrDefaultAsync(a => a.Id == assignmentId && a.ServicePoint!.StationId == stationId, ct);
            if (assignment is null)
            {
                return result.Add(CommandResult.FormField, "岗位记录不存在或不属于本所");
            }
            result.CheckEndDay(nameof(EndDateInput.To), to, assignment.From, "请填写离岗日期", "离岗日期不能早于到岗日期");
            if (result.Succeeded && await db.PostAssignments.AnyAsync(a => a.ServicePointId == assignment.ServicePointId && a.Role == assignment.Role && a.Id != assignment.Id
                    && a.From > assignment.From && a.From <= to, ct))
            {
                result.Add(nameof(EndDateInput.To), "离岗日期晚于继任者到岗日期，同一岗位同一时间只能有一人");
            }
            return await gradingTrigger.EndPostAsync(db, result, stationId, assignment, to, reason, "请选择离岗原因", ct);
        }, ct);
}

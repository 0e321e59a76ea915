namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record AppointmentRow(
    int Id, int PersonId, string PersonName, AppointmentStatus Status, bool SelfNominated,
    DateOnly RecommendedOn, DateOnly? ReviewedOn, string? DocumentNo, DateOnly? ApprovedOn,
    DateOnly TermStart, DateOnly TermEnd, int ConsecutiveTerm, bool ExpiresSoon, bool EndedWithoutRenewal);

public sealed class RecommendInput
{
    public int? PersonId { get; set; }
    public bool SelfNominated { get; set; }
    public DateOnly? RecommendedOn { get; set; }
    public DateOnly? TermStart { get; set; }
}

public sealed class ApproveInput
{
    public string DocumentNo { get; set; } = "";
    public DateOnly? ApprovedOn { get; set; }
    /// <summary>The term start; empty keeps the one proposed at recommendation.</summary>
    public DateOnly? TermStart { get; set; }
}

/// <summary>
/// Supervisor appointments 推荐 → 审核 → 批准 (§5.2.2.5): the station (支部书记) recommends at most two candidates at a
/// time; the company discipline committee (纪委领导, or 管理员) reviews and approves with a document number and date.
/// Terms are two years, renewable, at most two consecutive terms.
/// </summary>
public sealed class AppointmentService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, AppClock clock)
{
    public async Task<IReadOnlyList<AppointmentRow>> ListAsync(int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        var today = clock.Today;
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await currentUser.Scope.Filter(db.SupervisorAppointments, a => a.Person!.StationId).Where(a => a.Person!.StationId == stationId)
            .OrderByDescending(a => a.TermStart).ThenBy(a => a.Person!.Name)
            .Select(a => new { a.Id, a.PersonId, a.Person!.Name, a.Status, a.SelfNominated, a.RecommendedOn, a.ReviewedOn, a.DocumentNo, a.ApprovedOn, a.TermStart, a.TermEnd, a.ConsecutiveTerm })
            .ToListAsync(ct);
        var approved = rows.Where(r => r.Status == AppointmentStatus.Approved).ToLookup(r => r.PersonId);
        return [.. rows.Select(a =>
        {
            var isApproved = a.Status == AppointmentStatus.Approved;
            var renewed = approved[a.PersonId].Any(o => o.TermStart == a.TermEnd.AddDays(1));
            var current = isApproved && a.TermStart <= today && a.TermEnd >= today;
            return new AppointmentRow(a.Id, a.PersonId, a.Name, a.Status, a.SelfNominated, a.RecommendedOn, a.ReviewedOn, a.DocumentNo, a.ApprovedOn,
                a.TermStart, a.TermEnd, a.ConsecutiveTerm,
                ExpiresSoon: current && !renewed && a.TermEnd.DayNumber - today.DayNumber <= OrganisationRules.ExpiryWarningDays,
                EndedWithoutRenewal: isApproved && a.TermEnd < today && !renewed && !approved[a.PersonId].Any(o => o.TermStart > a.TermEnd));
        })];
    }

    /// <summary>The term number a new term starting on <paramref name="termStart"/> would be: 1 + the unbroken chain of approved terms ending the day before.</summary>
    public static int ConsecutiveTermFor(IEnumerable<(DateOnly Start, DateOnly End)> approvedTerms, DateOnly termStart)
    {
        var endsByDay = approvedTerms.GroupBy(t => t.End).ToDictionary(g => g.Key, g => g.Min(t => t.Start));
        var term = 1;
        var cursor = termStart;
        while (cursor > DateOnly.MinValue && endsByDay.TryGetValue(cursor.AddDays(-1), out var start) && start < cursor)
        {
            term++;
            cursor = start;
        }
        return term;
    }

    /// <summary>推荐: the station recommends (or records a self-nomination of) a candidate for a term starting on a day.</summary>
    public Task<CommandResult<int>> RecommendAsync(int stationId, RecommendInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return factory.RunAsync(currentUser.CanManage(stationId), "只有本所党支部书记可以推荐监督员候选人", async (db, result) =>
        {
            await result.CheckStationPersonAsync(db, stationId, input.PersonId, nameof(input.PersonId), "请选择本所人员", ct);
            result.CheckPeriod(nameof(input.RecommendedOn), input.RecommendedOn, "请填写推荐日期",
                nameof(input.TermStart), input.TermStart, "请填写拟任期开始日期", "任期开始日期不能早于推荐日期");
            if (!result.Succeeded)
            {
                return result;
            }
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var open = await db.SupervisorAppointments.Where(a => a.Person!.StationId == stationId
                && (a.Status == AppointmentStatus.Recommended || a.Status == AppointmentStatus.Reviewed)).Select(a => a.PersonId).ToListAsync(ct);
            if (open.Contains(input.PersonId!.Value))
            {
                return result.Add(nameof(input.PersonId), "该人员已是待批准的候选人");
            }
            if (open.Count >= OrganisationRules.MaxOpenCandidates)
            {
                return result.Add(CommandResult.FormField, $"本所已有{open.Count}名候选人在推荐或审核中，同时最多推荐{OrganisationRules.MaxOpenCandidates}名");
            }
            var term = await TermCheckAsync(db, input.PersonId.Value, input.TermStart!.Value, null, nameof(input.TermStart), result, ct);
            if (!result.Succeeded)
            {
                return result;
            }
            var appointment = new SupervisorAppointment
            {
                PersonId = input.PersonId.Value, Status = AppointmentStatus.Recommended, SelfNominated = input.SelfNominated,
                RecommendedOn = input.RecommendedOn!.Value, TermStart = input.TermStart.Value,
                TermEnd = OrganisationRules.TermEndFor(input.TermStart.Value), ConsecutiveTerm = term,
            };
            db.SupervisorAppointments.Add(appointment);
            await db.SaveChangesAsync(ct);
            await tx.CommitAsync(ct);
            return CommandResult.Ok(appointment.Id);
        }, ct);
    }

    /// <summary>审核 by the company discipline committee.</summary>
    public Task<CommandResult<int>> ReviewAsync(int appointmentId, DateOnly? reviewedOn, CancellationToken ct = default) =>
        factory.RunAsync(currentUser.CanApprove, "只有纪委领导或管理员可以审核监督员聘任", async (db, result) =>
        {
            var appointment = await db.SupervisorAppointments.FirstOrDefaultAsync(a => a.Id == appointmentId, ct);
            if (appointment is null || appointment.Status != AppointmentStatus.Recommended)
            {
                return result.Add(CommandResult.FormField, "只有处于“推荐”状态的候选人可以审核");
            }
            if (reviewedOn is null)
            {
                return result.Add(nameof(appointment.ReviewedOn), "请填写审核日期");
            }
            if (reviewedOn < appointment.RecommendedOn)
            {
                return result.Add(nameof(appointment.ReviewedOn), "审核日期不能早于推荐日期");
            }
            appointment.Status = AppointmentStatus.Reviewed;
            appointment.ReviewedOn = reviewedOn;
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok(appointment.Id);
        }, ct);

    /// <summary>批准: needs 纪委领导/管理员, a reviewed candidate, a document number and date; a third consecutive term is refused.</summary>
    public Task<CommandResult<int>> ApproveAsync(int appointmentId, ApproveInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return factory.RunAsync(currentUser.CanApprove, "只有纪委领导或管理员可以批准监督员聘任", async (db, result) =>
        {
            var appointment = await db.SupervisorAppointments.Include(a => a.Person).FirstOrDefaultAsync(a => a.Id == appointmentId, ct);
            if (appointment is null || appointment.Status != AppointmentStatus.Reviewed)
            {
                return result.Add(CommandResult.FormField, "只有已审核的候选人可以批准");
            }
            if (string.IsNullOrWhiteSpace(input.DocumentNo))
            {
                result.Add(nameof(input.DocumentNo), "批准须填写发文文号");
            }
            else if (NameRules.Check(input.DocumentNo, NameRules.DocumentNo).Error is { } documentError)
            {
                result.Add(nameof(input.DocumentNo), documentError);
            }
            if (input.ApprovedOn is null)
            {
                result.Add(nameof(input.ApprovedOn), "批准须填写批准日期");
            }
            else if (appointment.ReviewedOn is { } reviewed && input.ApprovedOn < reviewed)
            {
                result.Add(nameof(input.ApprovedOn), "批准日期不能早于审核日期");
            }
            var termStart = input.TermStart ?? appointment.TermStart;
            var term = await TermCheckAsync(db, appointment.PersonId, termStart, appointment.Id, nameof(input.TermStart), result, ct);
            if (!result.Succeeded)
            {
                return result;
            }
            var changedFrom = GradingTrigger.Earliest(termStart, appointment.TermStart, input.ApprovedOn);
            appointment.Status = AppointmentStatus.Approved;
            appointment.DocumentNo = input.DocumentNo.Trim();
            appointment.ApprovedOn = input.ApprovedOn;
            appointment.TermStart = termStart;
            appointment.TermEnd = OrganisationRules.TermEndFor(termStart);
            appointment.ConsecutiveTerm = term;
            await gradingTrigger.SaveAndRegradeAsync(db, null, appointment.Person!.StationId, changedFrom, ct);
            return CommandResult.Ok(appointment.Id);
        }, ct);
    }

    public Task<CommandResult<int>> RejectAsync(int appointmentId, CancellationToken ct = default) =>
        factory.RunAsync(currentUser.CanApprove, "只有纪委领导或管理员可以不予批准", async (db, result) =>
        {
            var appointment = await db.SupervisorAppointments.FirstOrDefaultAsync(a => a.Id == appointmentId, ct);
            if (appointment is null || appointment.Status is AppointmentStatus.Approved or AppointmentStatus.Rejected)
            {
                return result.Add(CommandResult.FormField, "只有推荐或审核中的候选人可以不予批准");
            }
            appointment.Status = AppointmentStatus.Rejected;
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok(appointment.Id);
        }, ct);

    /// <summary>Computes the consecutive term number and refuses a third consecutive term or an overlap with an approved term.</summary>
    private static async Task<int> TermCheckAsync(AppDbContext db, int personId, DateOnly termStart, int? self, string field, CommandResult<int> result, CancellationToken ct)
    {
        var approved = (await db.SupervisorAppointments.Where(a => a.PersonId == personId && a.Status == AppointmentStatus.Approved && a.Id != (self ?? 0))
            .Select(a => new { a.TermStart, a.TermEnd }).ToListAsync(ct)).Select(a => (a.TermStart, a.TermEnd)).ToList();
        var termEnd = OrganisationRules.TermEndFor(termStart);
        if (approved.Any(t => t.TermStart <= termEnd && t.TermEnd >= termStart))
        {
            result.Add(field, "与该人员已批准的任期重叠");
        }
        var term = ConsecutiveTermFor(approved, termStart);
        if (term > OrganisationRules.MaxConsecutiveTerms)
        {
            result.Add(field, $"该人员已连续任职{OrganisationRules.MaxConsecutiveTerms}届，不得第{term}次连续聘任（任期{OrganisationRules.TermYears}年，最多连续{OrganisationRules.MaxConsecutiveTerms}届）");
        }
        return term;
    }
}

using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

public sealed record PlanTaskView(long Id, string Title, string Owner, int Month, IReadOnlyList<(int Id, string Name)> Stations,
    IReadOnlyList<(long Id, int StationId, DateOnly EventDate, string Title)> Inspections, bool Done);

public sealed record PlanView(long Id, int Year, string Title, string? ApprovedBy, DateTime? ApprovedAt, IReadOnlyList<PlanTaskView> Tasks,
    IReadOnlyList<PlanMonth> Months);

/// <summary>The task form.</summary>
public sealed class PlanTaskInput
{
    public string Title { get; set; } = "";
    public string Owner { get; set; } = "";
    public int Month { get; set; } = 1;
    public IReadOnlyCollection<int> StationIds { get; set; } = [];
}

/// <summary>
/// The yearly supervision plan (监督计划): 纪委领导 draw it up, add key tasks and approve it (who, when, recorded);
/// a task links the inspection records that carry it out, and progress is shown per month (<see cref="PlanProgress"/>).
/// Every signed-in reader of the feature sees the plan; inspections are shown only for stations the caller may read.
/// </summary>
public sealed class PlanService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock)
{
    /// <summary>The record kinds that are inspections: a plan task links them, a finding is registered from them.</summary>
    internal static readonly RecordKind[] InspectionKinds = [RecordKind.SpecialInspection, RecordKind.FourWindsInspection, RecordKind.CustomerVisit, RecordKind.RiskIdentification];

    public async Task<PlanView?> GetAsync(int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.SupervisionPlans.AsNoTracking().Include(p => p.Tasks).ThenInclude(t => t.Stations)
            .Include(p => p.Tasks).ThenInclude(t => t.Inspections).AsSplitQuery().FirstOrDefaultAsync(p => p.Year == year, ct);
        if (plan is null)
        {
            return null;
        }
        var names = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var recordIds = plan.Tasks.SelectMany(t => t.Inspections).Select(i => i.RecordId).Distinct().ToList();
        // Progress counts every linked inspection; the caller is shown only those of stations they may read.
        var linked = await db.Records.AsNoTracking().Where(r => recordIds.Contains(r.Id))
            .Select(r => new { r.Id, r.StationId, r.EventDate, r.Title }).ToDictionaryAsync(r => r.Id, ct);
        var scope = currentUser.Scope;
        var facts = plan.Tasks.ToDictionary(t => t.Id, t =>
        {
            var targets = t.Stations.Select(s => s.StationId).ToHashSet();
            var inspected = t.Inspections.Select(i => linked.GetValueOrDefault(i.RecordId)).Where(r => r is not null && targets.Contains(r.StationId))
                .Select(r => r!.StationId).Distinct().Count();
            return new PlanTaskFact(t.Id, t.Month, targets.Count, inspected);
        });
        var tasks = plan.Tasks.OrderBy(t => t.Month).ThenBy(t => t.Id).Select(t => new PlanTaskView(t.Id, t.Title, t.Owner, t.Month,
            [.. t.Stations.Select(s => (s.StationId, names.GetValueOrDefault(s.StationId, "")))],
            [.. t.Inspections.Where(i => linked.TryGetValue(i.RecordId, out var r) && scope.CanRead(r.StationId)).Select(i => linked[i.RecordId])
                .Select(r => (r.Id, r.StationId, r.EventDate, r.Title))],
            PlanProgress.IsDone(facts[t.Id]))).ToList();
        return new PlanView(plan.Id, plan.Year, plan.Title, plan.ApprovedBy, plan.ApprovedAt, tasks, PlanProgress.ByMonth(year, facts.Values, clock.Today));
    }

    public async Task<CommandResult<long>> CreateAsync(int year, string? title, CancellationToken ct = default)
    {
        EnsureLeader();
        var text = title?.Trim() ?? "";
        if (text.Length is 0 or > 200)
        {
            return new CommandResult<long>().Add("Title", "请填写计划名称（不超过200字）");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.SupervisionPlans.AnyAsync(p => p.Year == year, ct))
        {
            return new CommandResult<long>().Add("", "该年度已有监督计划");
        }
        var plan = new SupervisionPlan { Year = year, Title = text, CreatedAt = clock.UtcNow, CreatedBy = currentUser.UserName };
        db.SupervisionPlans.Add(plan);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (UniqueViolation.Is(ex))
        {
            return new CommandResult<long>().Add("", "该年度已有监督计划"); // created at the same moment, after the check above
        }
        return CommandResult.Ok(plan.Id);
    }

    public async Task<CommandResult> AddTaskAsync(long planId, PlanTaskInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureLeader();
        var result = new CommandResult();
        if (input.Title.Trim().Length is 0 or > 200)
        {
            result.Add(nameof(PlanTaskInput.Title), "请填写重点任务（不超过200字）");
        }
        if (input.Owner.Trim().Length is 0 or > 100)
        {
            result.Add(nameof(PlanTaskInput.Owner), "请填写责任部门或责任人");
        }
        if (input.Month is < 1 or > 12)
        {
            result.Add(nameof(PlanTaskInput.Month), "月份须在1到12之间");
        }
        if (input.StationIds.Count == 0)
        {
            result.Add(nameof(PlanTaskInput.StationIds), "请选择检查的站所");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.SupervisionPlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult.Fail("", "监督计划不存在");
        }
        var ids = input.StationIds.Distinct().ToList();
        if (await db.Stations.CountAsync(s => ids.Contains(s.Id), ct) != ids.Count)
        {
            return CommandResult.Fail(nameof(PlanTaskInput.StationIds), "站所不存在");
        }
        var title = input.Title.Trim();
        if (await db.SupervisionTasks.AnyAsync(t => t.PlanId == planId && t.Month == input.Month && t.Title == title, ct))
        {
            return CommandResult.Fail(nameof(PlanTaskInput.Title), "本计划该月已有同名任务");
        }
        db.SupervisionTasks.Add(new SupervisionTask
        {
            PlanId = planId, Title = title, Owner = input.Owner.Trim(), Month = input.Month,
            Stations = [.. ids.Select(id => new SupervisionTaskStation { StationId = id })],
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>批准: 纪委领导 approve the plan once (who and when are recorded).</summary>
    public async Task<CommandResult> ApproveAsync(long planId, CancellationToken ct = default)
    {
        EnsureLeader();
        await using var db = await factory.CreateDbContextAsync(ct);
        var plan = await db.SupervisionPlans.FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
        {
            return CommandResult.Fail("", "监督计划不存在");
        }
        if (plan.ApprovedAt is not null)
        {
            return CommandResult.Conflict("该计划已批准");
        }
        (plan.ApprovedBy, plan.ApprovedAt) = (currentUser.UserName, clock.UtcNow);
        db.SignInAudits.Add(new SignInAudit { UserName = currentUser.UserName, Succeeded = true, Detail = $"批准{plan.Title}", At = clock.UtcNow });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>Links an inspection record of a target station to the task (it carries the task out).</summary>
    public async Task<CommandResult> LinkInspectionAsync(long taskId, long recordId, CancellationToken ct = default)
    {
        EnsureLeader();
        await using var db = await factory.CreateDbContextAsync(ct);
        var task = await db.SupervisionTasks.Include(t => t.Stations).Include(t => t.Inspections).AsSplitQuery().FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return CommandResult.Fail("", "重点任务不存在");
        }
        var record = await db.Records.AsNoTracking().Where(r => r.Id == recordId).Select(r => new { r.StationId, r.Kind, r.EventDate }).FirstOrDefaultAsync(ct);
        if (record is null || !InspectionKinds.Contains(record.Kind) || task.Stations.All(s => s.StationId != record.StationId))
        {
            return CommandResult.Fail("RecordId", "只能关联目标站所的检查记录");
        }
        // An inspection carries the task out only in the task's month of the plan's year (what CandidatesAsync offers).
        var (from, to) = await TaskMonthAsync(db, task, ct);
        if (record.EventDate < from || record.EventDate > to)
        {
            return CommandResult.Fail("RecordId", "只能关联任务所在月份的检查记录");
        }
        if (task.Inspections.Any(i => i.RecordId == recordId))
        {
            return CommandResult.Ok();
        }
        task.Inspections.Add(new SupervisionTaskInspection { RecordId = recordId });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>Inspection records of the task's target stations in its month of the plan's year, to link.</summary>
    public async Task<IReadOnlyList<(long Id, string Label)>> CandidatesAsync(long taskId, CancellationToken ct = default)
    {
        EnsureLeader(); // the records' titles of every target station: only for whoever may link them
        await using var db = await factory.CreateDbContextAsync(ct);
        var task = await db.SupervisionTasks.AsNoTracking().Include(t => t.Stations).FirstOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null)
        {
            return [];
        }
        var stations = task.Stations.Select(s => s.StationId).ToList();
        var (from, to) = await TaskMonthAsync(db, task, ct);
        var rows = await db.Records.AsNoTracking().Where(r => stations.Contains(r.StationId) && InspectionKinds.Contains(r.Kind) && r.EventDate >= from && r.EventDate <= to)
            .OrderBy(r => r.EventDate).Select(r => new { r.Id, r.EventDate, r.Title, StationName = r.Station!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => (r.Id, $"{r.StationName} {r.EventDate:yyyy-MM-dd} {r.Title}"))];
    }

    /// <summary>The first and last day of the task's month in its plan's year.</summary>
    private static async Task<(DateOnly From, DateOnly To)> TaskMonthAsync(AppDbContext db, SupervisionTask task, CancellationToken ct)
    {
        var year = await db.SupervisionPlans.Where(p => p.Id == task.PlanId).Select(p => p.Year).SingleAsync(ct);
        var from = new DateOnly(year, task.Month, 1);
        return (from, from.AddMonths(1).AddDays(-1));
    }

    private void EnsureLeader()
    {
        if (!currentUser.CanHandleCases())
        {
            throw new ForbiddenException("只有纪委领导可以制定和批准监督计划");
        }
    }
}

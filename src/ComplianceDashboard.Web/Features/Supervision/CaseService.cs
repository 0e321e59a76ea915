using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// 信访举报 cases for the signed-in user. 纪委领导 register, accept, log steps and conclude; the reporter is stored in its
/// own row and read only for them (<see cref="SupervisionAccess.CanSeeReporter"/>) — rows, exports, the step history and
/// the audit log never carry it. A concluded 属实/部分属实 case about a station's staff creates its QL-2022 risk record
/// through <see cref="RecordService.CreateCaseRiskAsync"/> (history, regrade) or links an existing one (ADR-014).
/// </summary>
public sealed class CaseService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    IOptions<SupervisionOptions> options,
    HolidayCalendar holidays,
    SchemeGrader grader,
    RecordService records)
{
    public const string Registered = "登记";
    public const string Accepted = "受理";
    public const string Progress = "办理";
    public const string Concluded = "办结";

    private SupervisionOptions Options => options.Value;

    public async Task<IReadOnlyList<CaseRow>> ListAsync(int? year = null, CancellationToken ct = default)
    {
        if (!currentUser.CanViewCases())
        {
            throw new ForbiddenException("无权查看信访举报");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = currentUser.CaseScope(db.ComplaintCases.AsNoTracking());
        if (year is { } y)
        {
            query = query.Where(c => c.ReceivedOn >= new DateOnly(y, 1, 1) && c.ReceivedOn <= new DateOnly(y, 12, 31));
        }
        var rows = await query.Select(c => new { Case = c, StationName = c.Station == null ? null : c.Station.Name }).ToListAsync(ct);
        var calendar = await holidays.CurrentAsync(ct);
        return [.. rows.Select(r => Row(r.Case, r.StationName, calendar)).OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)];
    }

    public async Task<CaseDetail?> GetAsync(long id, CancellationToken ct = default)
    {
        if (!currentUser.CanViewCases())
        {
            throw new ForbiddenException("无权查看信访举报");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await currentUser.CaseScope(db.ComplaintCases.AsNoTracking()).Where(c => c.Id == id)
            .Select(c => new { Case = c, StationName = c.Station == null ? null : c.Station.Name }).FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var c = found.Case;
        ReporterView? reporter = null;
        if (currentUser.CanSeeReporter())
        {
            var r = await db.CaseReporters.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == id, ct);
            reporter = new ReporterView(c.AnonymousReporter, r?.Name ?? "", r?.Contact ?? "");
        }
        var steps = await db.CaseSteps.AsNoTracking().Where(s => s.CaseId == id).OrderBy(s => s.Version).ThenBy(s => s.Id)
            .Select(s => new StepView(s.Version, s.Action, s.Note, s.By, s.At, s.StateJson)).ToListAsync(ct);
        return new CaseDetail(Row(c, found.StationName, await holidays.CurrentAsync(ct)), c.Description, c.Basis, c.FeedbackOn, c.FeedbackNote, c.HigherReplyOn, c.HigherReplyNote,
            reporter, await DeductionAsync(db, c.RiskRecordId, ct), steps, currentUser.CanHandleCases());
    }

    /// <summary>The case a risk record belongs to (record detail shows it), if the caller may read it.</summary>
    public async Task<CaseRow?> CaseOfRecordAsync(long recordId, CancellationToken ct = default)
    {
        if (!currentUser.CanViewCases())
        {
            return null;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await currentUser.CaseScope(db.ComplaintCases.AsNoTracking()).Where(c => c.RiskRecordId == recordId)
            .Select(c => new { Case = c, StationName = c.Station == null ? null : c.Station.Name }).FirstOrDefaultAsync(ct);
        return found is null ? null : Row(found.Case, found.StationName, await holidays.CurrentAsync(ct));
    }

    public async Task<CommandResult<long>> RegisterAsync(CaseInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        EnsureHandler();
        var result = new CommandResult<long>();
        if (!Enum.IsDefined(input.Channel))
        {
            result.Add(nameof(CaseInput.Channel), "请选择信访渠道");
        }
        if (input.ReceivedOn is not { } received)
        {
            result.Add(nameof(CaseInput.ReceivedOn), "请填写收件日期");
        }
        else if (received > clock.Today)
        {
            result.Add(nameof(CaseInput.ReceivedOn), "收件日期不能晚于今天");
        }
        if (input.Subject.Trim().Length is 0 or > 200)
        {
            result.Add(nameof(CaseInput.Subject), "请填写反映事项（不超过200字）");
        }
        if (input.Handler.Trim().Length is 0 or > 100)
        {
            result.Add(nameof(CaseInput.Handler), "请填写承办人");
        }
        if (!input.AnonymousReporter && input.ReporterName.Trim().Length == 0)
        {
            result.Add(nameof(CaseInput.ReporterName), "请填写举报人姓名，或勾选匿名");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (input.StationId is { } sid && !await db.Stations.AnyAsync(s => s.Id == sid, ct))
        {
            result.Add(nameof(CaseInput.StationId), "站所不存在");
        }
        if (input.ConcernedPersonId is { } pid && !await db.People.AnyAsync(p => p.Id == pid && p.StationId == input.StationId, ct))
        {
            result.Add(nameof(CaseInput.ConcernedPersonId), "被反映人不是该站所人员");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var receivedOn = input.ReceivedOn!.Value;
        var count = await db.ComplaintCases.CountAsync(c => c.ReceivedOn.Year == receivedOn.Year, ct);
        var now = clock.UtcNow;
        var user = currentUser.UserName;
        var c = new ComplaintCase
        {
            Number = string.Create(CultureInfo.InvariantCulture, $"XF-{receivedOn.Year}-{count + 1:D4}"),
            Channel = input.Channel, ReceivedOn = receivedOn, Subject = input.Subject.Trim(), Description = input.Description.Trim(),
            StationId = input.StationId, ConcernedPersonId = input.ConcernedPersonId, ConcernedText = input.ConcernedText.Trim(), Handler = input.Handler.Trim(),
            AcceptBy = CaseRules.AcceptBy(await holidays.CurrentAsync(ct), receivedOn, Options.Limits), ConcludeBy = CaseRules.ConcludeBy(receivedOn, Options.Limits),
            Status = CaseStatus.Registered, AnonymousReporter = input.AnonymousReporter, Version = 1,
            CreatedAt = now, CreatedBy = user, UpdatedAt = now, UpdatedBy = user,
        };
        await db.Database.InWriteTransactionAsync(async t =>
        {
            db.ComplaintCases.Add(c);
            await db.SaveChangesAsync(t);
            db.CaseReporters.Add(new CaseReporter
            {
                CaseId = c.Id,
                Name = input.AnonymousReporter ? "" : input.ReporterName.Trim(),
                Contact = input.AnonymousReporter ? "" : input.ReporterContact.Trim(),
            });
            AddStep(db, c, Registered, $"渠道：{SupervisionNames.Of(c.Channel)}");
            Audit(db, c, "登记");
            await db.SaveChangesAsync(t);
        }, ct);
        return CommandResult.Ok(c.Id);
    }

    public Task<CommandResult> AcceptAsync(long id, DateOnly? acceptedOn, CancellationToken ct = default) =>
        ChangeAsync(id, (db, c) =>
        {
            var day = acceptedOn ?? clock.Today;
            var errors = CaseRules.CheckAccept(c.State(), day, clock.Today);
            if (errors.Count > 0)
            {
                return Task.FromResult(StepOutcome.Errors(errors));
            }
            c.Status = CaseStatus.Accepted;
            c.AcceptedOn = day;
            return Task.FromResult(StepOutcome.Step(Accepted, string.Create(CultureInfo.InvariantCulture, $"受理日期：{day:yyyy-MM-dd}")));
        }, ct);

    /// <summary>A step of the investigation (办理过程).</summary>
    public Task<CommandResult> AddProgressAsync(long id, string? note, CancellationToken ct = default) =>
        ChangeAsync(id, (db, c) =>
        {
            var text = note?.Trim() ?? "";
            if (c.Status != CaseStatus.Accepted)
            {
                return Task.FromResult(StepOutcome.Fail("", "只有办理中的件可以登记办理过程"));
            }
            return Task.FromResult(text.Length is 0 or > 2000 ? StepOutcome.Fail("Note", "请填写办理情况（不超过2000字）") : StepOutcome.Step(Progress, text));
        }, ct);

    /// <summary>
    /// 办结: outcome with its basis, feedback, the reply for 上级转办; a 属实/部分属实 case about a station creates its risk
    /// record (items 23–25) or links <see cref="ConcludeInput.LinkRecordId"/>, so the deduction points to the case.
    /// </summary>
    public async Task<CommandResult> ConcludeAsync(long id, ConcludeInput input, CancellationToken ct = default)
    {
        long? createdRisk = null;
        var concluded = false;
        try
        {
            var result = await ConcludeStepAsync(id, input, saved => createdRisk = saved, ct);
            concluded = result.Succeeded;
            return result;
        }
        finally
        {
            // The risk record is saved before the step (in a transaction of its own, ADR-014); when the step is then
            // refused (another leader's step came first) or fails, the record is taken back, not left as a deduction.
            if (!concluded && createdRisk is { } orphan)
            {
                await records.WithdrawCaseRiskAsync(orphan, "信访件办结未保存，撤回依据其结论自动登记的记录", CancellationToken.None);
            }
        }
    }

    private Task<CommandResult> ConcludeStepAsync(long id, ConcludeInput input, Action<long> riskRecordCreated, CancellationToken ct) =>
        ChangeAsync(id, async (db, c) =>
        {
            var concludedOn = input.ConcludedOn ?? clock.Today;
            var conclusion = new CaseConclusion(input.Outcome, input.Basis, concludedOn, input.FeedbackOn, input.FeedbackNote, input.HigherReplyOn,
                input.HigherReplyNote, c.StationId, input.RiskKind);
            var errors = CaseRules.CheckConclude(c.State(), conclusion, clock.Today);
            if (errors.Count > 0)
            {
                return StepOutcome.Errors(errors);
            }
            long? riskRecord = null;
            if (CaseRules.FeedsRiskItem(input.Outcome, c.StationId))
            {
                if (input.LinkRecordId is { } link)
                {
                    var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.Id == link, ct);
                    if (record is null || record.StationId != c.StationId || record.Kind != input.RiskKind)
                    {
                        return StepOutcome.Fail(nameof(ConcludeInput.LinkRecordId), "关联的记录须是该站所同一风险防控项的事件记录");
                    }
                    if (await db.ComplaintCases.AnyAsync(x => x.RiskRecordId == link && x.Id != c.Id, ct))
                    {
                        return StepOutcome.Fail(nameof(ConcludeInput.LinkRecordId), "该记录已关联其他信访件");
                    }
                    riskRecord = link;
                }
                else
                {
                    var saved = await records.CreateCaseRiskAsync(new RecordInput
                    {
                        StationId = c.StationId!.Value, Kind = input.RiskKind!.Value, EventDate = concludedOn,
                        Title = Truncate($"信访举报{c.Number}：{c.Subject}", 60),
                        Content = $"依据信访举报{c.Number}的办结结论（{SupervisionNames.Of(input.Outcome)}）。{input.Basis.Trim()}",
                        Attributable = true,
                    }, ct);
                    if (!saved.Succeeded)
                    {
                        return StepOutcome.Fail("", "登记风险防控事件记录失败：" + string.Join(" ", saved.Messages));
                    }
                    riskRecord = saved.RecordId;
                    riskRecordCreated(saved.RecordId);
                }
            }
            c.Status = CaseStatus.Concluded;
            c.Outcome = input.Outcome;
            c.Basis = input.Basis.Trim();
            c.ConcludedOn = concludedOn;
            c.FeedbackOn = input.FeedbackOn;
            c.FeedbackNote = input.FeedbackNote.Trim();
            c.HigherReplyOn = input.HigherReplyOn;
            c.HigherReplyNote = input.HigherReplyNote.Trim();
            c.RiskRecordId = riskRecord;
            return StepOutcome.Step(Concluded, $"结论：{SupervisionNames.Of(input.Outcome)}");
        }, ct);

    internal CaseRow Row(ComplaintCase c, string? stationName, WorkingDayCalendar calendar) => Row(c, stationName, Options, calendar, clock.Today);

    /// <summary>A case as lists show it (never the reporter), for callers that read cases with the system's scope.</summary>
    internal static CaseRow Row(ComplaintCase c, string? stationName, SupervisionOptions options, WorkingDayCalendar calendar, DateOnly today) => new(c.Id,
        c.Number, c.Channel, c.ReceivedOn, c.Subject, c.StationId, stationName, c.ConcernedText, c.Handler, c.Status, c.Outcome, c.AcceptBy,
        c.ConcludeBy, c.AcceptedOn, c.ConcludedOn, CaseRules.IsOverdue(calendar, c.State(), options.Limits, today), c.RiskRecordId);

    private async Task<CaseDeduction?> DeductionAsync(AppDbContext db, long? recordId, CancellationToken ct)
    {
        if (recordId is not { } rid)
        {
            return null;
        }
        var r = await db.Records.AsNoTracking().Where(x => x.Id == rid).Select(x => new { x.Id, x.Kind, x.EventDate, x.Title }).FirstOrDefaultAsync(ct);
        if (r is null)
        {
            return null;
        }
        var item = grader.Scheme.Items.FirstOrDefault(i => i.EventKinds.Contains(r.Kind));
        return new CaseDeduction(r.Id, r.Kind, item?.Code ?? "", item?.Name ?? "", item?.Unit ?? 0m, r.EventDate, r.Title);
    }

    private void EnsureHandler()
    {
        if (!currentUser.CanHandleCases())
        {
            throw new ForbiddenException("只有纪委领导可以办理信访举报");
        }
    }

    private async Task<CommandResult> ChangeAsync(long id, Func<AppDbContext, ComplaintCase, Task<StepOutcome>> change, CancellationToken ct)
    {
        EnsureHandler();
        await using var db = await factory.CreateDbContextAsync(ct);
        var c = await db.ComplaintCases.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (c is null)
        {
            return CommandResult.Fail("", "信访件不存在");
        }
        var outcome = await change(db, c);
        return await outcome.SaveAsync(db, c, clock, currentUser,
            async t =>
            {
                AddStep(db, c, outcome.Action, outcome.Note);
                Audit(db, c, outcome.Action);
                await db.SaveChangesAsync(t);
            }, ct);
    }

    private void AddStep(AppDbContext db, ComplaintCase c, string action, string note) =>
        db.CaseSteps.Add(new CaseStep
        {
            CaseId = c.Id, Version = c.Version, Action = action, Note = note, At = clock.UtcNow, By = currentUser.UserName,
            StateJson = SupervisionJson.Of(CaseSnapshot.Of(c)),
        });

    // The audit log names the case and the step, never the reporter.
    private void Audit(AppDbContext db, ComplaintCase c, string action) =>
        db.SignInAudits.Add(new SignInAudit { UserName = currentUser.UserName, Succeeded = true, Detail = $"信访举报{c.Number}：{action}", At = clock.UtcNow });

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..max];
}

using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// Findings (问题) for the signed-in user: register, log rectification, attach evidence (in the Records feature's
/// attachment store), close out (销号) with evidence and a verifier who is not the responsible person, re-open, and
/// evaluate the effect (整改成效). Every step appends a <see cref="FindingStep"/> with the full state after it, in the
/// same transaction. Every query is filtered by the caller's stations (<see cref="SupervisionAccess"/>).
/// </summary>
public sealed class FindingService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    IAttachmentStore store,
    IOptions<AppOptions> appOptions)
{
    public const string Registered = "登记";
    public const string Rectified = "整改";
    public const string EvidenceAdded = "上传佐证";
    public const string ClosedOut = "销号";
    public const string Reopened = "重新打开";
    public const string Evaluated = "成效评价";

    /// <summary>The caller's findings, optionally of one station and year (found in it, or still open from before).</summary>
    public async Task<IReadOnlyList<FindingRow>> ListAsync(int? year = null, int? stationId = null, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = currentUser.FindingScope(db.Findings.AsNoTracking(), f => f.StationId);
        if (stationId is { } s)
        {
            query = query.Where(f => f.StationId == s);
        }
        if (year is { } y)
        {
            var start = new DateOnly(y, 1, 1);
            var end = new DateOnly(y, 12, 31);
            query = query.Where(f => (f.FoundOn >= start && f.FoundOn <= end) || (f.FoundOn < start && (f.ClosedOn == null || f.ClosedOn >= start)));
        }
        var rows = await query.Select(f => new { Finding = f, StationName = f.Station!.Name }).ToListAsync(ct);
        var today = clock.Today;
        return [.. rows.Select(r => Row(r.Finding, r.StationName, today)).OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Deadline).ThenBy(r => r.Id)];
    }

    /// <summary>The caller's findings registered from one inspection record.</summary>
    public async Task<IReadOnlyList<FindingRow>> FromRecordAsync(long recordId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await currentUser.FindingScope(db.Findings.AsNoTracking(), f => f.StationId).Where(f => f.SourceRecordId == recordId)
            .Select(f => new { Finding = f, StationName = f.Station!.Name }).ToListAsync(ct);
        return [.. rows.Select(r => Row(r.Finding, r.StationName, clock.Today)).OrderBy(r => r.Id)];
    }

    public async Task<FindingDetail?> GetAsync(long id, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await currentUser.FindingScope(db.Findings.AsNoTracking(), f => f.StationId).Where(f => f.Id == id)
            .Include(f => f.Rectifications).Include(f => f.Attachments).Include(f => f.Station).AsSplitQuery().FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var steps = await db.FindingSteps.AsNoTracking().Where(s => s.FindingId == id).OrderBy(s => s.Version).ThenBy(s => s.Id)
            .Select(s => new StepView(s.Version, s.Action, s.Note, s.By, s.At, s.StateJson)).ToListAsync(ct);
        var f = found;
        return new FindingDetail(Row(f, f.Station!.Name, clock.Today), f.Description, f.RequiredMeasure, f.SourceRecordId, f.SourceOnSiteFindingId, f.TaskId,
            f.VerifierName, f.ClosedBy, f.Effect, f.EffectNote, f.EffectOn,
            [.. f.Rectifications.OrderBy(r => r.On).ThenBy(r => r.Id).Select(r => new RectificationView(r.Id, r.On, r.Measures, r.RecordedBy, r.RecordedAt))],
            [.. f.Attachments.OrderBy(a => a.Id).Select(a => new EvidenceFileView(a.Id, a.FileName, a.Size, a.UploadedBy, a.UploadedAt))],
            steps, currentUser.CanRectify(f.StationId), currentUser.CanCloseOut(f.StationId), currentUser.CanReopen());
    }

    /// <summary>登记问题: from an inspection record, an on-site evaluation finding or a plan task (or none).</summary>
    public async Task<CommandResult<long>> CreateAsync(FindingInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.CanRegisterFinding(input.StationId))
        {
            throw new ForbiddenException("只有纪委领导和本所支部书记、廉政监督员可以登记问题");
        }
        var result = new CommandResult<long>();
        Required(result, nameof(FindingInput.Title), input.Title, "请填写问题", 200);
        Required(result, nameof(FindingInput.RequiredMeasure), input.RequiredMeasure, "请填写整改要求", 2000);
        if (input.FoundOn is not { } foundOn)
        {
            result.Add(nameof(FindingInput.FoundOn), "请填写发现日期");
        }
        else
        {
            if (foundOn > clock.Today)
            {
                result.Add(nameof(FindingInput.FoundOn), "发现日期不能晚于今天");
            }
            StepOutcome.AddErrors(result, FindingRules.CheckDeadline(foundOn, input.Deadline));
        }
        if (!Enum.IsDefined(input.Severity))
        {
            result.Add(nameof(FindingInput.Severity), "请选择严重程度");
        }
        if (!Enum.IsDefined(input.Category))
        {
            result.Add(nameof(FindingInput.Category), "请选择问题类别");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var responsible = input.ResponsibleName.Trim();
        if (input.ResponsiblePersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.StationId == input.StationId).Select(p => p.Name).FirstOrDefaultAsync(ct);
            if (person is null)
            {
                result.Add(nameof(FindingInput.ResponsiblePersonId), "责任人不是该站所人员");
            }
            else
            {
                responsible = person;
            }
        }
        if (responsible.Length == 0)
        {
            result.Add(nameof(FindingInput.ResponsibleName), "请填写整改责任人");
        }
        if (input.SourceRecordId is { } recordId && !await db.Records.AnyAsync(r => r.Id == recordId && r.StationId == input.StationId, ct))
        {
            result.Add(nameof(FindingInput.SourceRecordId), "来源检查记录不属于该站所");
        }
        if (input.SourceOnSiteFindingId is { } onSite && !await db.OnSiteFindings.AnyAsync(o => o.Id == onSite && o.StationId == input.StationId, ct))
        {
            result.Add(nameof(FindingInput.SourceOnSiteFindingId), "来源评价发现不属于该站所");
        }
        if (input.TaskId is { } taskId && !await db.SupervisionTasks.AnyAsync(t => t.Id == taskId, ct))
        {
            result.Add(nameof(FindingInput.TaskId), "监督计划任务不存在");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var now = clock.UtcNow;
        var user = currentUser.UserName;
        var finding = new Finding
        {
            StationId = input.StationId, ResponsiblePersonId = input.ResponsiblePersonId, ResponsibleName = responsible, Title = input.Title.Trim(),
            Description = input.Description.Trim(), Severity = input.Severity, Category = input.Category, RequiredMeasure = input.RequiredMeasure.Trim(),
            FoundOn = input.FoundOn!.Value, Deadline = input.Deadline!.Value, Status = FindingStatus.Open, SourceRecordId = input.SourceRecordId,
            SourceOnSiteFindingId = input.SourceOnSiteFindingId, TaskId = input.TaskId, CreatedAt = now, CreatedBy = user, UpdatedAt = now, UpdatedBy = user,
        };
        await db.Database.InWriteTransactionAsync(async c =>
        {
            db.Findings.Add(finding);
            finding.Version = 1;
            await db.SaveChangesAsync(c);
            AddStep(db, finding, Registered, "");
            await db.SaveChangesAsync(c);
        }, ct);
        return CommandResult.Ok(finding.Id);
    }

    /// <summary>Adds an entry to the rectification log (a closed-out finding must be re-opened first).</summary>
    public Task<CommandResult> AddRectificationAsync(long id, DateOnly? on, string? measures, CancellationToken ct = default) =>
        ChangeAsync(id, f => currentUser.CanRectify(f.StationId), "只有责任单位和纪委可以登记整改情况", (db, f) =>
        {
            var text = measures?.Trim() ?? "";
            if (f.Status == FindingStatus.Closed)
            {
                return StepOutcome.Fail("", "该问题已销号，如需继续整改请先重新打开");
            }
            if (text.Length == 0)
            {
                return StepOutcome.Fail("Measures", "请填写整改措施");
            }
            if (on is not { } day || day > clock.Today || day < f.FoundOn)
            {
                return StepOutcome.Fail("On", "整改日期须在发现日期和今天之间");
            }
            f.Rectifications.Add(new FindingRectification { On = day, Measures = text, RecordedAt = clock.UtcNow, RecordedBy = currentUser.UserName });
            f.Status = FindingStatus.Rectifying;
            return StepOutcome.Step(Rectified, text);
        }, ct);

    /// <summary>Adds a rectification evidence file (checked like record attachments, stored in the same store).</summary>
    public async Task<CommandResult> UploadEvidenceAsync(long id, string fileName, Stream content, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (file, error) = await UploadedFile.ReadAsync(fileName, content, appOptions.Value.MaxAttachmentBytes, ct);
        if (file is null)
        {
            return CommandResult.Fail(AttachmentService.FileField, error!);
        }
        var relative = $"findings/{clock.Today.Year.ToString(CultureInfo.InvariantCulture)}/{Guid.NewGuid():N}.bin";
        var stored = false;
        CommandResult? result = null;
        try
        {
            result = await ChangeAsync(id, f => currentUser.CanRectify(f.StationId), "只有责任单位和纪委可以上传整改佐证", async (db, f) =>
            {
                if (f.Status == FindingStatus.Closed)
                {
                    return StepOutcome.Fail("", "该问题已销号，如需补充佐证请先重新打开");
                }
                await store.SaveAsync(relative, file.Bytes, ct);
                stored = true;
                f.Attachments.Add(new FindingAttachment
                {
                    FileName = file.Name, ContentType = file.ContentType, Size = file.Size, Sha256 = file.Sha256,
                    StoragePath = relative, UploadedAt = clock.UtcNow, UploadedBy = currentUser.UserName,
                });
                return StepOutcome.Step(EvidenceAdded, file.Name);
            }, ct);
            return result;
        }
        finally
        {
            // The file goes when its row was not saved — refused, or the save threw.
            if (stored && result is not { Succeeded: true })
            {
                store.Delete(relative);
            }
        }
    }

    /// <summary>销号: only with rectification, evidence and a verifier who is not the responsible person.</summary>
    public Task<CommandResult> CloseOutAsync(long id, CloseOutInput input, CancellationToken ct = default) =>
        ChangeAsync(id, f => currentUser.CanCloseOut(f.StationId), "只有纪委领导和本所支部书记、廉政监督员可以销号", (db, f) =>
        {
            var closedOn = input.ClosedOn ?? clock.Today;
            var errors = FindingRules.CheckCloseOut(f.State(), new CloseOutRequest(input.VerifierName, f.Attachments.Count, f.Rectifications.Count, closedOn), clock.Today);
            if (errors.Count > 0)
            {
                return StepOutcome.Errors(errors);
            }
            if (closedOn < f.FoundOn)
            {
                return StepOutcome.Fail(nameof(CloseOutInput.ClosedOn), "销号日期不能早于发现日期");
            }
            f.Status = FindingStatus.Closed;
            f.ClosedOn = closedOn;
            f.ClosedBy = currentUser.UserName;
            f.VerifierName = input.VerifierName.Trim();
            return StepOutcome.Step(ClosedOut, $"验证人：{f.VerifierName}");
        }, ct);

    /// <summary>Re-opens a closed-out finding (纪委领导): the close-out and any effect evaluation are cleared, the history keeps them.</summary>
    public Task<CommandResult> ReopenAsync(long id, string? reason, CancellationToken ct = default) =>
        ChangeAsync(id, _ => currentUser.CanReopen(), "只有纪委领导可以重新打开问题", (db, f) =>
        {
            var errors = FindingRules.CheckReopen(f.State(), reason);
            if (errors.Count > 0)
            {
                return StepOutcome.Errors(errors);
            }
            f.Status = FindingStatus.Rectifying;
            f.ReopenCount++;
            (f.ClosedOn, f.ClosedBy, f.VerifierName, f.Effect, f.EffectNote, f.EffectOn) = (null, null, null, null, null, null);
            return StepOutcome.Step(Reopened, reason!.Trim());
        }, ct);

    /// <summary>整改成效 after close-out.</summary>
    public Task<CommandResult> EvaluateEffectAsync(long id, RectificationEffect effect, string? note, CancellationToken ct = default) =>
        ChangeAsync(id, f => currentUser.CanCloseOut(f.StationId), "只有纪委领导和本所支部书记、廉政监督员可以评价整改成效", (db, f) =>
        {
            var errors = FindingRules.CheckEffect(f.State(), note);
            if (errors.Count > 0)
            {
                return StepOutcome.Errors(errors);
            }
            if (!Enum.IsDefined(effect))
            {
                return StepOutcome.Fail("Effect", "请选择整改成效");
            }
            (f.Effect, f.EffectNote, f.EffectOn) = (effect, note!.Trim(), clock.Today);
            return StepOutcome.Step(Evaluated, f.EffectNote);
        }, ct);

    /// <summary>The stored path of an evidence file the caller may read, or null.</summary>
    public async Task<(FindingAttachment File, string Path)?> EvidenceFileAsync(long attachmentId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var row = await (from a in db.FindingAttachments.AsNoTracking()
                         join f in currentUser.FindingScope(db.Findings, f => f.StationId) on a.FindingId equals f.Id
                         where a.Id == attachmentId
                         select a).FirstOrDefaultAsync(ct);
        return row is null ? null : (row, store.PathOf(row.StoragePath));
    }

    internal static FindingRow Row(Finding f, string stationName, DateOnly today)
    {
        var state = f.State();
        return new FindingRow(f.Id, f.StationId, stationName, f.Title, f.ResponsibleName, f.Severity, f.Category, f.FoundOn, f.Deadline, f.Status, f.ClosedOn,
            f.ReopenCount, FindingRules.IsOverdue(state, today), FindingRules.DaysOverdue(state, today), FindingRules.ClosedLate(state));
    }

    private Task<CommandResult> ChangeAsync(long id, Func<Finding, bool> allowed, string refusal, Func<AppDbContext, Finding, StepOutcome> change, CancellationToken ct) =>
        ChangeAsync(id, allowed, refusal, (db, f) => Task.FromResult(change(db, f)), ct);

    private async Task<CommandResult> ChangeAsync(long id, Func<Finding, bool> allowed, string refusal, Func<AppDbContext, Finding, Task<StepOutcome>> change, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var finding = await currentUser.FindingScope(db.Findings, f => f.StationId).Include(f => f.Rectifications).Include(f => f.Attachments)
            .AsSplitQuery().FirstOrDefaultAsync(f => f.Id == id, ct);
        if (finding is null)
        {
            return CommandResult.Fail("", "问题不存在或无权查看");
        }
        if (!allowed(finding))
        {
            throw new ForbiddenException(refusal);
        }
        var outcome = await change(db, finding);
        return await outcome.SaveAsync(db, finding, clock, currentUser,
            async c =>
            {
                await db.SaveChangesAsync(c);
                AddStep(db, finding, outcome.Action, outcome.Note);
                await db.SaveChangesAsync(c);
            }, ct);
    }

    private void AddStep(AppDbContext db, Finding finding, string action, string note) =>
        db.FindingSteps.Add(new FindingStep
        {
            FindingId = finding.Id, Version = finding.Version, Action = action, Note = note, At = clock.UtcNow, By = currentUser.UserName,
            StateJson = SupervisionJson.Of(FindingSnapshot.Of(finding)),
        });

    private static void Required(CommandResult result, string field, string? value, string message, int max)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            result.Add(field, message);
        }
        else if (text.Length > max)
        {
            result.Add(field, $"不能超过{max.ToString(CultureInfo.InvariantCulture)}个字");
        }
    }
}

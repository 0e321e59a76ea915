namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// Creates, edits and (soft) deletes evidence records for the signed-in user. Each save is one transaction with
/// its children and a <see cref="RecordChange"/> row (before/after JSON); afterwards the station is regraded from
/// the earliest date the change touches (<see cref="GradingTrigger"/>). A record that counts in a finalised (locked) annual grade needs a 更正原因 to change,
/// and the locked grade itself stays as it is (<see cref="GradingService.RegradeStationAsync"/> skips it).
/// </summary>
public sealed partial class RecordService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    SchemeGrader grader,
    GradingTrigger gradingTrigger,
    AppClock clock,
    RecordHistoryWriter history,
    Integrity.IntegrityRecompute integrity,
    ILogger<RecordService> logger)
{
    public const string DiskFullMessage = "保存失败：数据库无法写入（磁盘已满）。您填写的内容仍在页面上，请稍后重试或联系管理员。";
    public const string NotWritableMessage = "保存失败：数据库暂时无法写入。您填写的内容仍在页面上，请稍后重试或联系管理员。";

    /// <summary>
    /// Saves a new record. When the station already has a record for the same once-per-period obligation and period,
    /// nothing is saved and the result names it (<see cref="RecordResult.Duplicate"/>) unless
    /// <paramref name="confirmDuplicate"/> says the user confirmed saving another one.
    /// </summary>
    public Task<RecordResult> CreateAsync(RecordInput input, bool confirmDuplicate = false, CancellationToken ct = default) =>
        SaveAsync(null, input, confirmDuplicate, ct);

    /// <summary>Saves an edit; moving a record into a period that already has one needs <paramref name="confirmDuplicate"/> as for <see cref="CreateAsync"/>.</summary>
    public Task<RecordResult> UpdateAsync(long recordId, RecordInput input, bool confirmDuplicate = false, CancellationToken ct = default) =>
        SaveAsync(recordId, input, confirmDuplicate, ct);

    /// <summary>
    /// A risk incident (QL-2022 items 23–25) for a concluded 信访举报 case, recorded by 纪委领导 — who read every station but
    /// write none through the form — with the same validation, history row and regrade as a form save (ADR-014).
    /// Only risk kinds; anyone else is refused.
    /// </summary>
    public Task<RecordResult> CreateCaseRiskAsync(RecordInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.IsDisciplineLeader || !Domain.Supervision.CaseRules.IsRiskKind(input.Kind))
        {
            throw new ForbiddenException("只有纪委领导可以依据信访举报办结结论登记风险防控事件");
        }
        return SaveAsync(null, input, confirmDuplicate: true, ct, caseRisk: true);
    }

    /// <summary>Marks the record deleted (it then counts nowhere); its row and history stay (ADR-005).</summary>
    public async Task<RecordResult> DeleteAsync(long recordId, string? correctionReason, CancellationToken ct = default)
    {
        var result = new RecordResult { RecordId = recordId };
        await using var db = await factory.CreateDbContextAsync(ct);
        var record = await LoadTrackedAsync(db, recordId, ct);
        if (record is null)
        {
            return result.Add("", "记录不存在或已删除");
        }
        currentUser.EnsureCanWrite(record.StationId);
        if (FilingRefusal(currentUser, record.Kind) is { } refusal)
        {
            return result.Add("", refusal);
        }
        var reason = correctionReason?.Trim();
        if (await LockedYearAsync(db, record.StationId, [PeriodYear(record.ForPeriod, record.EventDate)], ct) is { } year && string.IsNullOrEmpty(reason))
        {
            return result.Add(nameof(RecordInput.CorrectionReason), $"该记录计入已定档的{year}年度评价，删除须填写更正原因");
        }
        result.Version = await MarkDeletedAsync(db, record, reason, ct);
        return result;
    }

    /// <summary>
    /// Takes back a risk record that <see cref="CreateCaseRiskAsync"/> saved for a 办结 that was then not saved (another
    /// step of the case came first): deleted as <see cref="DeleteAsync"/> deletes, with the reason in its history, so
    /// the station is not deducted for a conclusion that does not exist.
    /// </summary>
    public async Task WithdrawCaseRiskAsync(long recordId, string reason, CancellationToken ct = default)
    {
        if (!currentUser.IsDisciplineLeader)
        {
            throw new ForbiddenException("只有纪委领导可以撤回依据信访举报登记的风险防控事件");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await LoadTrackedAsync(db, recordId, ct) is { } record && Domain.Supervision.CaseRules.IsRiskKind(record.Kind))
        {
            await MarkDeletedAsync(db, record, reason, ct);
        }
    }

    /// <returns>The record's new version.</returns>
    private async Task<int> MarkDeletedAsync(AppDbContext db, EvidenceRecord record, string? reason, CancellationToken ct)
    {
        var user = currentUser.UserName;
        var before = RecordHistoryWriter.Before(record);
        record.IsDeleted = true;
        history.Touch(record, user);
        history.Add(db, record, before, reason, user);
        await db.SaveChangesAsync(ct);
        await gradingTrigger.StationChangedAsync(record.StationId, ChangedFrom(record), ct);
        await integrity.StationChangedAsync(record.StationId, ct); // never fails the delete either
        return record.Version;
    }

    /// <summary>The form's input for an existing record (edit page), or null when it does not exist or is not readable.</summary>
    public async Task<RecordInput?> LoadInputAsync(long recordId, CancellationToken ct = default)
    {
        var scope = currentUser.Scope;
        await using var db = await factory.CreateDbContextAsync(ct);
        var r = await scope.Filter(db.Records.AsNoTracking(), x => x.StationId).Include(x => x.PresentMembers).Include(x => x.EmergingProblems)
            .AsSplitQuery().FirstOrDefaultAsync(x => x.Id == recordId, ct);
        if (r is null)
        {
            return null;
        }
        var input = RecordMapper.ToInput(r);
        if (r.AnswersProblemId is { } pid)
        {
            input.ProblemCorrectedOn = await db.EmergingProblems.Where(p => p.Id == pid).Select(p => p.CorrectedOn).FirstOrDefaultAsync(ct);
        }
        return input;
    }

    /// <summary>Whether a record of the station for the period containing <paramref name="periodDay"/> counts in a finalised grade.</summary>
    public async Task<bool> IsLockedAsync(int stationId, DateOnly periodDay, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await GradeLocks.IsLockedAsync(db, stationId, periodDay.Year, ct);
    }

    private async Task<RecordResult> SaveAsync(long? recordId, RecordInput input, bool confirmDuplicate, CancellationToken ct, bool caseRisk = false)
    {
        var user = currentUser.UserName;
        if (!caseRisk)
        {
            currentUser.EnsureCanWrite(input.StationId);
        }
        var result = new RecordResult();
        if (FilingRefusal(currentUser, input.Kind) is { } refusal)
        {
            return result.Add("", refusal);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        EvidenceRecord? record = null;
        if (recordId is { } id)
        {
            record = await LoadTrackedAsync(db, id, ct);
            if (record is null)
            {
                return result.Add("", "记录不存在或已删除");
            }
            currentUser.EnsureCanWrite(record.StationId);
            if (FilingRefusal(currentUser, record.Kind) is { } kindRefusal)
            {
                return result.Add("", kindRefusal);
            }
            if (record.StationId != input.StationId || record.Kind != input.Kind)
            {
                return result.Add("", "不能修改记录的站所或类型，请删除后重新登记");
            }
            if (input.ExpectedVersion is { } expected && expected != record.Version)
            {
                return result.Add("", "该记录已被他人修改，请刷新后重试");
            }
        }
        await RecordValidator.ValidateAsync(db, grader.Scheme, input, record, clock.Today, clock.LocalNow, result, ct);
        if (!result.Succeeded)
        {
            return result;
        }
        var years = new List<int> { PeriodYear(input.ForPeriod, input.EventDate!.Value) };
        if (record is not null)
        {
            years.Add(PeriodYear(record.ForPeriod, record.EventDate));
        }
        var reason = input.CorrectionReason?.Trim();
        if (await LockedYearAsync(db, input.StationId, years, ct) is { } locked && string.IsNullOrEmpty(reason))
        {
            return result.Add(nameof(RecordInput.CorrectionReason), $"该记录计入已定档的{locked}年度评价，须填写更正原因");
        }

        if (!confirmDuplicate && await RecordDuplicates.FindAsync(db, grader.Scheme, input, record, ct) is { } duplicate)
        {
            result.Duplicate = duplicate;
            return result;
        }

        DateOnly? oldFrom = record is null ? null : ChangedFrom(record);
        var before = record is null ? null : RecordHistoryWriter.Before(record);
        try
        {
            record = await WriteAsync(db, record, input, before, reason, user, ct);
        }
        catch (Exception ex) when (DatabaseWriteFailure.Find(ex) is { } failure)
        {
            // SQLite rolled the transaction back: nothing is stored, and the form keeps what the user typed.
            LogSaveFailed(failure, input.StationId, input.Kind, recordId, failure.SqliteErrorCode);
            return result.Add("", DatabaseWriteFailure.IsDiskFull(failure) ? DiskFullMessage : NotWritableMessage);
        }

        result.RecordId = record.Id;
        result.Version = record.Version;
        await gradingTrigger.StationChangedAsync(record.StationId, GradingTrigger.Earliest(ChangedFrom(record), oldFrom), ct);
        await integrity.StationChangedAsync(record.StationId, ct); // never fails the save either
        return result;
    }

    // The record, its children and its history row in one transaction.
    private Task<EvidenceRecord> WriteAsync(AppDbContext db, EvidenceRecord? existing, RecordInput input, string? before, string? reason, string user, CancellationToken ct) =>
        db.Database.InWriteTransactionAsync(async c =>
        {
            var record = existing;
            if (record is null)
            {
                record = RecordMapper.ToEntity(input);
                db.Records.Add(record);
            }
            else
            {
                RecordMapper.Apply(record, input);
            }
            await RecordMapper.ApplyReminderAsync(db, input, c);
            history.Touch(record, user);
            await db.SaveChangesAsync(c);
            history.Add(db, record, before, reason, user);
            await db.SaveChangesAsync(c);
            return record;
        }, ct);

    internal static Task<EvidenceRecord?> LoadTrackedAsync(AppDbContext db, long id, CancellationToken ct) =>
        db.Records.Include(r => r.PresentMembers).Include(r => r.EmergingProblems).Include(r => r.Attachments).AsSplitQuery().FirstOrDefaultAsync(r => r.Id == id, ct);

    internal static int PeriodYear(DateOnly? forPeriod, DateOnly eventDate) => (forPeriod ?? eventDate).Year;

    /// <summary>The first locked year among <paramref name="years"/>, or null.</summary>
    internal static async Task<int?> LockedYearAsync(AppDbContext db, int stationId, IEnumerable<int> years, CancellationToken ct)
    {
        foreach (var year in years.Distinct())
        {
            if (await GradeLocks.IsLockedAsync(db, stationId, year, ct))
            {
                return year;
            }
        }
        return null;
    }

    /// <summary>The earliest date a record counts on: its event date, or the earlier period it is for.</summary>
    internal static DateOnly ChangedFrom(EvidenceRecord r) => GradingTrigger.Earliest(r.EventDate, r.ForPeriod);

    /// <summary>
    /// Null when the user's roles may file records of <paramref name="kind"/> (create, change, delete, attach files:
    /// <see cref="RecordKindInfo.FiledBy"/>), else the refusal to show. Checked after <see cref="CurrentUser.EnsureCanWrite"/>.
    /// </summary>
    internal static string? FilingRefusal(CurrentUser user, Domain.Facts.RecordKind kind)
    {
        var info = RecordKindInfo.Of(kind);
        return info.MayBeFiledBy(user.Principal) ? null : info.Refusal;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Saving a {Kind} record (id {RecordId}) of station {StationId} failed: the database cannot be written (SQLite error {Code})")]
    private partial void LogSaveFailed(Exception ex, int stationId, RecordKind kind, long? recordId, int code);
}

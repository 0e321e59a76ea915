using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Evaluation;

public sealed record SnapshotInfo(long Id, decimal Total, bool IsFinal, DateOnly AsOf, string GradeLabel);

public sealed record FinalisationView(long Id, long SnapshotId, decimal ComputedTotal, decimal Total, string GradeCode, string GradeLabel,
    DateTime FinalizedAt, string FinalizedBy, DateTime? ReopenedAt, string? ReopenedBy, string? ReopenReason);

/// <summary>One station in a round: its latest snapshot with expert adjustments applied, the lock and its history.</summary>
public sealed record StationEvaluation(long RoundId, string RoundName, int Year, int StationId, string StationName, string StationCode,
    SnapshotInfo? Snapshot, FinalResult? Result, FinalisationView? Active, IReadOnlyList<FinalisationView> History,
    string Opinion, string Suggestions, IReadOnlySet<string> ExpertItems)
{
    public bool IsLocked => Active is not null;
}

/// <summary>
/// Expert adjustments, opinions, finalisation (定级, the GradeFinalization lock) and recorded re-opening.
/// Only a 考评员 writes; everything is refused while the station-year is locked, except re-opening.
/// </summary>
public sealed partial class FinalisationService(
    IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingService grading, GradingTrigger gradingTrigger, SchemeGrader grader, AppClock clock, ILogger<FinalisationService> logger)
{
    public async Task<StationEvaluation?> GetAsync(long roundId, int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.EvaluationRounds.AsNoTracking().Where(r => r.Id == roundId && r.Stations.Any(s => s.StationId == stationId))
            .Select(r => new { r.Id, r.Name, r.Year, r.ExpertItemCodes }).FirstOrDefaultAsync(ct);
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == stationId).Select(s => new { s.Name, s.Code }).FirstOrDefaultAsync(ct);
        if (round is null || station is null)
        {
            return null;
        }
        var snapshot = await db.GradeSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.StationId == stationId && s.Year == round.Year && s.IsLatest, ct);
        var adjustments = await db.ExpertAdjustments.AsNoTracking().Where(a => a.RoundId == roundId && a.StationId == stationId).ToListAsync(ct);
        var expert = FinalResult.ExpertItems(round.ExpertItemCodes);
        var history = await db.GradeFinalizations.AsNoTracking().Where(f => f.StationId == stationId && f.Year == round.Year)
            .OrderByDescending(f => f.Id).ToListAsync(ct);
        var assessment = await db.StationAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.RoundId == roundId && a.StationId == stationId, ct);
        var views = history.Select(ToView).ToList();
        return new StationEvaluation(round.Id, round.Name, round.Year, stationId, station.Name, station.Code,
            snapshot is null ? null : new SnapshotInfo(snapshot.Id, snapshot.Total, snapshot.IsFinal, snapshot.AsOf, snapshot.GradeLabel),
            snapshot is null ? null : FinalResult.Compute(grader.Scheme, GradeJson.Items(snapshot.ItemsJson), adjustments, expert),
            views.FirstOrDefault(v => v.ReopenedAt is null), views, assessment?.Opinion ?? "", assessment?.Suggestions ?? "", expert);
    }

    /// <summary>Sets an expert item's points within [0, item max] with a written reason (field errors: Points, Reason).</summary>
    public async Task<CommandResult> AdjustAsync(long roundId, int stationId, string itemCode, decimal? points, string? reason, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        await using var db = await factory.CreateDbContextAsync(ct);
        var unlocked = await UnlockedRoundAsync(db, roundId, stationId, ct);
        if (!unlocked.Succeeded)
        {
            return unlocked;
        }
        var expert = unlocked.Value.ExpertItems;
        if (grader.Scheme.Items.FirstOrDefault(i => i.Code == itemCode) is not { } item)
        {
            return CommandResult.Fail("ItemCode", $"评分标准中没有第 {itemCode} 项");
        }
        var errors = new Dictionary<string, string>();
        if (!expert.Contains(itemCode))
        {
            errors["ItemCode"] = $"第 {itemCode} 项不需要专家评定";
        }
        if (points is null)
        {
            errors["Points"] = "请填写评定分值";
        }
        else if (points < 0 || points > item.MaxPoints)
        {
            errors["Points"] = $"评定分值应在 0 至 {item.MaxPoints:0.#} 之间";
        }
        if (string.IsNullOrWhiteSpace(reason))
        {
            errors["Reason"] = "请填写评定理由";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        var row = await db.ExpertAdjustments.FirstOrDefaultAsync(a => a.RoundId == roundId && a.StationId == stationId && a.ItemCode == itemCode, ct);
        if (row is null)
        {
            row = new ExpertAdjustment { RoundId = roundId, StationId = stationId, ItemCode = itemCode, Reason = "", AdjustedBy = "" };
            db.ExpertAdjustments.Add(row);
        }
        row.Points = points!.Value;
        row.Reason = reason!.Trim();
        row.AdjustedAt = clock.UtcNow;
        row.AdjustedBy = currentUser.Signature;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>Drops an expert adjustment: the engine's points count again.</summary>
    public async Task<CommandResult> RemoveAdjustmentAsync(long roundId, int stationId, string itemCode, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await UnlockedRoundAsync(db, roundId, stationId, ct) is { Succeeded: false } locked)
        {
            return locked;
        }
        await db.ExpertAdjustments.Where(a => a.RoundId == roundId && a.StationId == stationId && a.ItemCode == itemCode).ExecuteDeleteAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>评价意见 and 改进建议 (at most 2000 characters each).</summary>
    public async Task<CommandResult> SaveAssessmentAsync(long roundId, int stationId, string opinion, string suggestions, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        var errors = new Dictionary<string, string>();
        if ((opinion ?? "").Length > 2000)
        {
            errors["Opinion"] = "评价意见不能超过2000字";
        }
        if ((suggestions ?? "").Length > 2000)
        {
            errors["Suggestions"] = "改进建议不能超过2000字";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await UnlockedRoundAsync(db, roundId, stationId, ct) is { Succeeded: false } locked)
        {
            return locked;
        }
        var row = await db.StationAssessments.FirstOrDefaultAsync(a => a.RoundId == roundId && a.StationId == stationId, ct);
        if (row is null)
        {
            row = new StationAssessment { RoundId = roundId, StationId = stationId };
            db.StationAssessments.Add(row);
        }
        row.Opinion = (opinion ?? "").Trim();
        row.Suggestions = (suggestions ?? "").Trim();
        row.UpdatedAt = clock.UtcNow;
        row.UpdatedBy = currentUser.UserName;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>
    /// Locks the final score and grade: regrades once more, requires a final snapshot (the year is over), applies the
    /// expert adjustments and writes a GradeFinalization. The station-year is then not regraded.
    /// </summary>
    /// <remarks>
    /// When the database cannot be written (e.g. the disk is full) nothing is locked and a
    /// <see cref="DatabaseWriteException"/> carries the real SQLite error (logged here) with a Chinese message.
    /// </remarks>
    public Task<CommandResult<FinalisationView>> FinaliseAsync(long roundId, int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        return WritingAsync("finalise", roundId, stationId, () => FinaliseCoreAsync(roundId, stationId, ct),
            "定级失败：数据库无法写入（磁盘已满），定级未保存。请联系管理员处理后重试。",
            "定级失败：数据库暂时无法写入，定级未保存。请稍后重试或联系管理员。");
    }

    private async Task<CommandResult<FinalisationView>> FinaliseCoreAsync(long roundId, int stationId, CancellationToken ct)
    {
        int year;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            var unlocked = await UnlockedRoundAsync(db, roundId, stationId, ct);
            if (!unlocked.Succeeded)
            {
                return unlocked.As<FinalisationView>();
            }
            year = unlocked.Value.Year;
        }
        // A grading step, not a data change: the grade about to be locked is computed now, and must not fail silently.
        await grading.RegradeStationAsync(stationId, year, ct);
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            return await db.Database.InWriteTransactionAsync(async c =>
            {
                var unlocked = await UnlockedRoundAsync(db, roundId, stationId, c);
                if (!unlocked.Succeeded)
                {
                    return unlocked.As<FinalisationView>();
                }
                var expert = unlocked.Value.ExpertItems;
                if (await db.GradeSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.StationId == stationId && s.Year == year && s.IsLatest, c) is not { } snapshot)
                {
                    return CommandResult.Conflict("该站所本年度还没有评分结果").As<FinalisationView>();
                }
                if (!snapshot.IsFinal)
                {
                    return CommandResult.Conflict($"{year}年度尚未结束，只有年度结束后的最终评分才能定级").As<FinalisationView>();
                }
                var adjustments = await db.ExpertAdjustments.AsNoTracking().Where(a => a.RoundId == roundId && a.StationId == stationId).ToListAsync(c);
                var result = FinalResult.Compute(grader.Scheme, GradeJson.Items(snapshot.ItemsJson), adjustments, expert);
                var row = new GradeFinalization
                {
                    StationId = stationId,
                    Year = year,
                    RoundId = roundId,
                    SnapshotId = snapshot.Id,
                    ComputedTotal = snapshot.Total,
                    Total = result.Total,
                    GradeCode = result.Band.Code,
                    GradeLabel = result.Band.Label,
                    AdjustmentsJson = JsonSerializer.Serialize(result.Items.Where(i => i.Adjustment is not null).Select(i => i.Adjustment).ToList(), GradeJson.Options),
                    FinalizedAt = clock.UtcNow,
                    FinalizedBy = currentUser.UserName,
                };
                db.GradeFinalizations.Add(row);
                await db.SaveChangesAsync(c);
                return CommandResult.Ok(ToView(row));
            }, ct);
        }
    }

    /// <summary>Re-opens a finalised grade (evaluator, written reason); the row keeps who/when/why and regrading resumes.</summary>
    public async Task<CommandResult> ReopenAsync(long roundId, int stationId, string? reason, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        if (string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Fail("Reason", "重新开启必须填写理由");
        }
        return await WritingAsync("re-open", roundId, stationId, () => ReopenCoreAsync(roundId, stationId, reason, ct),
            "重新开启失败：数据库无法写入（磁盘已满）。请联系管理员处理后重试。",
            "重新开启失败：数据库暂时无法写入。请稍后重试或联系管理员。");
    }

    private async Task<CommandResult> ReopenCoreAsync(long roundId, int stationId, string reason, CancellationToken ct)
    {
        int year;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await EvidenceReviewService.RoundYearAsync(db, roundId, stationId, ct) is not { } roundYear)
            {
                return CommandResult.Conflict(EvidenceReviewService.NotInRound);
            }
            year = roundYear;
            var active = await db.GradeFinalizations.Where(f => f.StationId == stationId && f.Year == year && f.ReopenedAt == null).ToListAsync(ct);
            if (active.Count == 0)
            {
                return CommandResult.Conflict("该站所本年度尚未定级");
            }
            foreach (var f in active)
            {
                f.ReopenedAt = clock.UtcNow;
                f.ReopenedBy = currentUser.UserName;
                f.ReopenReason = reason.Trim();
            }
            await db.SaveChangesAsync(ct);
        }
        await gradingTrigger.StationChangedAsync(stationId, new DateOnly(year, 1, 1), ct);
        return CommandResult.Ok();
    }

    /// <summary>The adjustments stored with a finalisation, to rebuild its result exactly.</summary>
    public static IReadOnlyList<ExpertAdjustment> StoredAdjustments(string json) =>
        [.. (JsonSerializer.Deserialize<List<ExpertAdjustmentView>>(json, GradeJson.Options) ?? [])
            .Select(a => new ExpertAdjustment { ItemCode = a.ItemCode, Points = a.Points, Reason = a.Reason, AdjustedBy = a.AdjustedBy, AdjustedAt = a.AdjustedAt })];

    /// <summary>The round's year and expert items; a conflict when the station is not in the round or its year is finalised.</summary>
    private static async Task<CommandResult<(int Year, IReadOnlySet<string> ExpertItems)>> UnlockedRoundAsync(AppDbContext db, long roundId, int stationId, CancellationToken ct)
    {
        var round = await db.EvaluationRounds.Where(r => r.Id == roundId && r.Stations.Any(s => s.StationId == stationId))
            .Select(r => new { r.Year, r.ExpertItemCodes }).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return CommandResult.Conflict(EvidenceReviewService.NotInRound).As<(int, IReadOnlySet<string>)>();
        }
        if (await GradeLocks.IsLockedAsync(db, stationId, round.Year, ct))
        {
            return CommandResult.Conflict("该站所本年度评价已定级，须先重新开启").As<(int, IReadOnlySet<string>)>();
        }
        return CommandResult.Ok((round.Year, FinalResult.ExpertItems(round.ExpertItemCodes)));
    }

    // A write the database refuses surfaces as itself — SQLITE_FULL, not "cannot rollback - no transaction is active"
    // from the clean-up after SQLite rolled a failed COMMIT back itself (WriteTransaction, used here and by the regrade).
    // The evaluator gets a Chinese message, the log the SQLite error with the round and station.
    private async Task<T> WritingAsync<T>(string action, long roundId, int stationId, Func<Task<T>> write, string diskFullMessage, string otherMessage)
    {
        try
        {
            return await write();
        }
        catch (Exception ex) when (DatabaseWriteFailure.Find(ex) is { } failure)
        {
            LogWriteFailed(failure, action, roundId, stationId, failure.SqliteErrorCode);
            throw new DatabaseWriteException(DatabaseWriteFailure.IsDiskFull(failure) ? diskFullMessage : otherMessage, failure);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluation {Action} of round {RoundId} station {StationId} failed: the database cannot be written (SQLite error {Code})")]
    private partial void LogWriteFailed(Exception ex, string action, long roundId, int stationId, int code);

    internal static FinalisationView ToView(GradeFinalization f) => new(f.Id, f.SnapshotId, f.ComputedTotal, f.Total, f.GradeCode, f.GradeLabel,
        f.FinalizedAt, f.FinalizedBy, f.ReopenedAt, f.ReopenedBy, f.ReopenReason);
}

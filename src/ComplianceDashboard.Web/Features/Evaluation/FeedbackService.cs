namespace ComplianceDashboard.Web.Features.Evaluation;

public sealed record FeedbackLine(string ItemCode, string Text, decimal Points);

/// <summary>评价反馈单: what the station receives after the evaluation (§6.3).</summary>
public sealed record FeedbackSheet(string RoundName, int Year, string StationCode, string StationName, bool IsFinalised,
    FinalResult Result, decimal ComputedTotal, IReadOnlyList<FeedbackLine> Gaps, IReadOnlyList<FeedbackLine> RiskDeductions,
    string Opinion, string Suggestions, string? FinalisedBy, DateTime? FinalisedAt);

/// <summary>
/// Builds the feedback sheet: from the active finalisation (its snapshot and stored adjustments) when there is one,
/// else — for evaluators and 纪委 only — the provisional result. A 支部书记 reads their own station's sheet once finalised.
/// </summary>
public sealed class FeedbackService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, SchemeGrader grader, TableExport export, AppClock clock)
{
    /// <summary>The sheet (null when the round or station does not exist); a conflict while a station's sheet is not yet published.</summary>
    public async Task<CommandResult<FeedbackSheet?>> GetAsync(long roundId, int stationId, CancellationToken ct = default)
    {
        if (!currentUser.ReadsAllStations && !(currentUser.IsSecretary && currentUser.Scope.CanRead(stationId)))
        {
            throw new ForbiddenException("无权查看该站所的评价反馈单");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.EvaluationRounds.AsNoTracking().Where(r => r.Id == roundId && r.Stations.Any(s => s.StationId == stationId))
            .Select(r => new { r.Name, r.Year, r.ExpertItemCodes }).FirstOrDefaultAsync(ct);
        var station = await db.Stations.AsNoTracking().Where(s => s.Id == stationId).Select(s => new { s.Code, s.Name }).FirstOrDefaultAsync(ct);
        if (round is null || station is null)
        {
            return CommandResult.Ok<FeedbackSheet?>(null);
        }
        var final = await db.GradeFinalizations.AsNoTracking().Where(f => f.StationId == stationId && f.Year == round.Year && f.ReopenedAt == null)
            .OrderByDescending(f => f.Id).FirstOrDefaultAsync(ct);
        if (final is null && !currentUser.ReadsAllStations)
        {
            return CommandResult.Conflict("本年度评价尚未定级，反馈单尚未发布").As<FeedbackSheet?>();
        }
        var snapshot = final is null
            ? await db.GradeSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.StationId == stationId && s.Year == round.Year && s.IsLatest, ct)
            : await db.GradeSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.Id == final.SnapshotId, ct);
        if (snapshot is null)
        {
            return CommandResult.Ok<FeedbackSheet?>(null);
        }
        var adjustments = final is null
            ? await db.ExpertAdjustments.AsNoTracking().Where(a => a.RoundId == roundId && a.StationId == stationId).ToListAsync(ct)
            : FinalisationService.StoredAdjustments(final.AdjustmentsJson);
        var items = GradeJson.Items(snapshot.ItemsJson);
        var result = FinalResult.Compute(grader.Scheme, items, adjustments, FinalResult.ExpertItems(round.ExpertItemCodes));
        var gaps = result.Items.Where(i => i.Computed.Rule != RuleKind.PerEvent && !i.Computed.IsBonus).SelectMany(LostLines).ToList();
        var risks = result.Items.Where(i => i.Computed.Rule == RuleKind.PerEvent).SelectMany(LostLines).ToList();
        var assessment = await db.StationAssessments.AsNoTracking().FirstOrDefaultAsync(a => a.RoundId == roundId && a.StationId == stationId, ct);
        string? by = null;
        if (final is not null)
        {
            var display = await db.Users.Where(u => u.UserName == final.FinalizedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(ct);
            by = string.IsNullOrWhiteSpace(display) ? final.FinalizedBy : $"{display}（{final.FinalizedBy}）";
        }
        return CommandResult.Ok<FeedbackSheet?>(new FeedbackSheet(round.Name, round.Year, station.Code, station.Name, final is not null, result, snapshot.Total, gaps, risks,
            assessment?.Opinion ?? "", assessment?.Suggestions ?? "", by, final is null ? null : clock.ToLocal(final.FinalizedAt)));
    }

    /// <summary>
    /// The lines of an item that really lost points: the engine's gaps with points lost (a PER_MISS item past its floor
    /// and an ALL item's further gaps lose 0 and are left out); for an item an expert judged, one line with the expert's
    /// reason when the judged points are below the maximum, else none.
    /// </summary>
    public static IEnumerable<FeedbackLine> LostLines(EvaluatedItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        if (item.Adjustment is { } a)
        {
            return a.Points < item.Computed.MaxPoints
                ? [new FeedbackLine(item.Computed.Code, $"专家评定：{a.Reason}", item.Computed.MaxPoints - a.Points)]
                : [];
        }
        return item.Computed.Gaps.Where(g => g.PointsLost > 0).Select(g => new FeedbackLine(item.Computed.Code, g.Description, g.PointsLost));
    }

    public ExportFile ToXlsx(FeedbackSheet sheet)
    {
        ArgumentNullException.ThrowIfNull(sheet);
        var title = $"{sheet.StationName}_{sheet.Year}年度评价反馈单";
        return new ExportFile(export.FileName(title, "xlsx"), TableExport.XlsxContentType, FeedbackXlsx.Write(sheet));
    }
}

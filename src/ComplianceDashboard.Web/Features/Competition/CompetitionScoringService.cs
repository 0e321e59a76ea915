using ComplianceDashboard.Domain.Competition;

namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>
/// A unit's sheet in a round: its 自评 (before the deadline, by the unit's user), the evaluators' on-the-spot scores
/// (shown as soon as saved, 当场亮分), opinions of social supervisors and customers, and 95598 spot checks. Nothing
/// changes once the round is finalised.
/// </summary>
public sealed class CompetitionScoringService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    FulfilmentService fulfilment)
{
    public const int MaxTextLength = 1000;

    /// <summary>The entry's sheet, or null when the unit is not the caller's.</summary>
    public async Task<EntrySheet?> SheetAsync(int entryId, CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var visible = currentUser.VisibleUnits(db.CompetitionUnits).Select(u => u.Id);
        var entry = await db.CompetitionEntries.AsNoTracking().Include(e => e.Round).Include(e => e.Unit).Include(e => e.Scores)
            .FirstOrDefaultAsync(e => e.Id == entryId && visible.Contains(e.UnitId), ct);
        if (entry is null)
        {
            return null;
        }
        var round = entry.Round!;
        var scheme = SchemeCatalog.Get(round.SchemeCode);
        var fulfilmentResult = (await fulfilment.YearResultsAsync(db, [entry.Unit!], round.Year, ct))[entry.UnitId];
        var items = scheme.Items.Where(i => i.IsJudgement).Select(i =>
        {
            var s = entry.Scores.FirstOrDefault(x => x.ItemCode == i.Code);
            return new ItemSheetRow(i, s?.SelfPoints, s?.SelfNote ?? "", s?.Points, s?.Reason ?? "", s?.ScoredBy, s?.ScoredAt is { } at ? clock.ToLocal(at) : null);
        }).ToList();
        var judgement = entry.Scores.Where(s => items.Any(i => i.Item.Code == s.ItemCode)).ToList();
        var (selfTotal, evaluatorTotal) = CompetitionRoundService.Totals(judgement, fulfilmentResult.Score);
        var opinions = await db.CompetitionOpinions.AsNoTracking().Where(o => o.EntryId == entryId).OrderBy(o => o.RecordedAt).ThenBy(o => o.Id)
            .Select(o => new OpinionView(o.Id, o.Source, o.Person, o.Text, o.Satisfied, o.RecordedBy, o.RecordedAt)).ToListAsync(ct);
        var checks = await db.HotlineSpotChecks.AsNoTracking().Where(h => h.EntryId == entryId).OrderBy(h => h.CheckedOn).ThenBy(h => h.Id)
            .Select(h => new HotlineView(h.Id, h.CheckedOn, h.CallsChecked, h.AnsweredWithinFourRings, h.Findings, h.RecordedBy)).ToListAsync(ct);
        return new EntrySheet(entry.Id, round.Id, round.Name, round.Year, round.Status, round.SelfAssessmentDeadline,
            entry.UnitId, entry.Unit!.Name, entry.Unit.Type, entry.DrawOrder, entry.SelfCheckSummary,
            entry.SelfSubmittedAt is { } sub ? clock.ToLocal(sub) : null, entry.SelfSubmittedBy,
            items, fulfilmentResult, FulfilmentService.MaxPoints, selfTotal, evaluatorTotal, entry.FinalRank, entry.FinalTotal,
            [.. opinions.Select(o => o with { RecordedAt = clock.ToLocal(o.RecordedAt) })], checks,
            SelfOpen(round) && currentUser.IsUnitUser(entry.Unit.StationId),
            currentUser.CanScore() && round.Status == CompetitionRoundStatus.Scoring && entry.DrawOrder is not null);
    }

    /// <summary>
    /// Saves the unit's 自评: points (0…max in steps of 0.5) and 整改说明 per judgement item, and the 自查总结.
    /// Only the unit's user, only while the round is in self-assessment and on or before the deadline.
    /// Field errors: the item code, or "Summary".
    /// </summary>
    public async Task<CommandResult> SaveSelfAssessmentAsync(int entryId, IReadOnlyList<SelfInput> items, string? summary, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.CompetitionEntries.Include(e => e.Round).Include(e => e.Unit).Include(e => e.Scores).FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null || !currentUser.IsUnitUser(entry.Unit!.StationId))
        {
            throw new ForbiddenException("只有本单位党支部书记可以填写自评");
        }
        if (!SelfOpen(entry.Round!))
        {
            return CommandResult.Conflict(entry.Round!.Status == CompetitionRoundStatus.SelfAssessment
                ? $"自评已于{entry.Round.SelfAssessmentDeadline:yyyy-MM-dd}截止" : "自评已结束");
        }
        var scheme = SchemeCatalog.Get(entry.Round!.SchemeCode);
        var result = new CommandResult();
        foreach (var input in items)
        {
            if (!TryJudgementItem(scheme, input.ItemCode, out var item))
            {
                result.Add(CommandResult.FormField, $"没有评分项 {input.ItemCode}");
            }
            else if (input.Points is { } p && JudgementRules.Validate(p, item.MaxPoints) is { } error)
            {
                result.Add(item.Code, error);
            }
            else if ((input.Note?.Length ?? 0) > MaxTextLength)
            {
                result.Add(item.Code, "整改说明不能超过1000字");
            }
        }
        if ((summary?.Length ?? 0) > 2000)
        {
            result.Add("Summary", "自查总结不能超过2000字");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        foreach (var input in items)
        {
            var score = Score(db, entry, input.ItemCode);
            score.SelfPoints = input.Points;
            score.SelfNote = input.Note?.Trim() ?? "";
        }
        entry.SelfCheckSummary = summary?.Trim() ?? "";
        entry.SelfSubmittedAt = clock.UtcNow;
        entry.SelfSubmittedBy = currentUser.UserName;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>
    /// An evaluator scores one judgement item of a drawn unit on the spot: 0…max in steps of 0.5 and a reason
    /// (required when below the max). Returns the unit's new evaluator total (当场亮分). Field errors: "Points", "Reason".
    /// </summary>
    public async Task<CommandResult<decimal>> ScoreAsync(int entryId, string itemCode, decimal? points, string? reason, CancellationToken ct = default)
    {
        if (!currentUser.CanScore())
        {
            throw new ForbiddenException("只有考评员可以现场评分");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var entry = await db.CompetitionEntries.Include(e => e.Round).Include(e => e.Unit).Include(e => e.Scores).FirstOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null)
        {
            return CommandResult.Conflict("竞赛单位不存在").As<decimal>();
        }
        if (entry.Round!.Status != CompetitionRoundStatus.Scoring || entry.DrawOrder is null)
        {
            return CommandResult.Conflict(entry.Round.Status == CompetitionRoundStatus.Finalised ? "本次竞赛评比已定稿，不能再修改" : "只能为已抽中的单位现场评分").As<decimal>();
        }
        var scheme = SchemeCatalog.Get(entry.Round.SchemeCode);
        if (!TryJudgementItem(scheme, itemCode, out var item))
        {
            return CommandResult.Fail(CommandResult.FormField, $"没有评分项 {itemCode}").As<decimal>();
        }
        var result = new CommandResult<decimal>();
        if (points is not { } p)
        {
            result.Add("Points", "请填写得分");
        }
        else if (JudgementRules.Validate(p, item.MaxPoints) is { } error)
        {
            result.Add("Points", error);
        }
        var why = reason?.Trim() ?? "";
        if (why.Length == 0 && points is { } q && q < item.MaxPoints)
        {
            result.Add("Reason", "扣分须填写理由");
        }
        else if (why.Length > MaxTextLength)
        {
            result.Add("Reason", "理由不能超过1000字");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var score = Score(db, entry, item.Code);
        score.Points = points;
        score.Reason = why;
        score.ScoredBy = currentUser.UserName;
        score.ScoredAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
        var fulfilmentScore = (await fulfilment.YearResultsAsync(db, [entry.Unit!], entry.Round.Year, ct))[entry.UnitId].Score;
        var judgement = entry.Scores.Where(s => TryJudgementItem(scheme, s.ItemCode, out _)).ToList();
        return CommandResult.Ok(CompetitionRoundService.Totals(judgement, fulfilmentScore).Evaluator ?? 0);
    }

    /// <summary>Records an opinion of a social supervisor or a customer (考评员, until finalised). Field error: "Text".</summary>
    public Task<CommandResult> AddOpinionAsync(int entryId, OpinionInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ForOpenEntryAsync(entryId, async db =>
        {
            var text = input.Text?.Trim() ?? "";
            if (text.Length is 0 or > MaxTextLength)
            {
                return CommandResult.Fail("Text", "请填写意见（不超过1000字）");
            }
            db.CompetitionOpinions.Add(new CompetitionOpinion
            {
                EntryId = entryId, Source = input.Source, Person = input.Person?.Trim() ?? "", Text = text, Satisfied = input.Satisfied,
                RecordedBy = currentUser.UserName, RecordedAt = clock.UtcNow,
            });
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok();
        }, ct);
    }

    /// <summary>Records a 95598 spot check (考评员, until finalised). Field errors: "CheckedOn", "CallsChecked", "AnsweredWithinFourRings".</summary>
    public Task<CommandResult> AddHotlineCheckAsync(int entryId, HotlineInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return ForOpenEntryAsync(entryId, async db =>
        {
            var result = new CommandResult();
            if (input.CheckedOn is not { } on || on > clock.Today)
            {
                result.Add("CheckedOn", "请填写抽查日期（不晚于今天）");
            }
            if (input.CallsChecked is not (> 0 and <= 10000))
            {
                result.Add("CallsChecked", "抽查电话数应为1至10000");
            }
            if (input.AnsweredWithinFourRings is not { } a || a < 0 || a > (input.CallsChecked ?? 0))
            {
                result.Add("AnsweredWithinFourRings", "4声内接听数应在0至抽查电话数之间");
            }
            if ((input.Findings?.Length ?? 0) > MaxTextLength)
            {
                result.Add("Findings", "发现问题不能超过1000字");
            }
            if (!result.Succeeded)
            {
                return result;
            }
            db.HotlineSpotChecks.Add(new HotlineSpotCheck
            {
                EntryId = entryId, CheckedOn = input.CheckedOn!.Value, CallsChecked = input.CallsChecked!.Value,
                AnsweredWithinFourRings = input.AnsweredWithinFourRings!.Value, Findings = input.Findings?.Trim() ?? "",
                RecordedBy = currentUser.UserName, RecordedAt = clock.UtcNow,
            });
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok();
        }, ct);
    }

    /// <summary>
    /// Runs <paramref name="record"/> on a fresh context for a 考评员 (anyone else: <see cref="ForbiddenException"/>) while the
    /// entry's round is not finalised; a missing entry or a finalised round is a conflict.
    /// </summary>
    private async Task<CommandResult> ForOpenEntryAsync(int entryId, Func<AppDbContext, Task<CommandResult>> record, CancellationToken ct)
    {
        if (!currentUser.CanScore())
        {
            throw new ForbiddenException("只有考评员可以记录考评情况");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var status = await db.CompetitionEntries.Where(e => e.Id == entryId).Select(e => (CompetitionRoundStatus?)e.Round!.Status).FirstOrDefaultAsync(ct);
        return status switch
        {
            null => CommandResult.Conflict("竞赛单位不存在"),
            CompetitionRoundStatus.Finalised => CommandResult.Conflict("本次竞赛评比已定稿，不能再修改"),
            _ => await record(db),
        };
    }

    private bool SelfOpen(CompetitionRound round) => round.Status == CompetitionRoundStatus.SelfAssessment && clock.Today <= round.SelfAssessmentDeadline;

    private static bool TryJudgementItem(Scheme scheme, string code, out RubricItem item)
    {
        item = scheme.Items.FirstOrDefault(i => i.Code == code && i.IsJudgement)!;
        return item is not null;
    }

    private static CompetitionScore Score(AppDbContext db, CompetitionEntry entry, string code)
    {
        if (entry.Scores.FirstOrDefault(s => s.ItemCode == code) is { } existing)
        {
            return existing;
        }
        var score = new CompetitionScore { EntryId = entry.Id, ItemCode = code };
        entry.Scores.Add(score);
        db.CompetitionScores.Add(score);
        return score;
    }
}

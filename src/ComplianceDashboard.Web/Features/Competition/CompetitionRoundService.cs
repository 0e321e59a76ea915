using ComplianceDashboard.Domain.Competition;
using ComplianceDashboard.Web.Features.Evaluation;

namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>
/// Competition rounds: create (every active unit of the scheme enters), draw the units to visit by lot (the
/// reproducible <see cref="StationSampler"/>), the live ranking, and finalisation (results stored, round locked).
/// A unit's user sees only its own entries (<see cref="CompetitionAccess"/>).
/// </summary>
public sealed class CompetitionRoundService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    FulfilmentService fulfilment,
    Grading.SideCardCache cards)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var visible = currentUser.VisibleUnits(db.CompetitionUnits).Select(u => u.Id);
        var all = currentUser.ReadsAllStations;
        var rounds = await db.CompetitionRounds.AsNoTracking()
            .Where(r => all || r.Entries.Any(e => visible.Contains(e.UnitId)))
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Id)
            .Select(r => new RoundSummary(r.Id, r.SchemeCode, r.Year, r.Name, r.Status, r.SelfAssessmentDeadline,
                r.Entries.Count(e => visible.Contains(e.UnitId)), r.Entries.Count(e => e.DrawOrder != null && visible.Contains(e.UnitId))))
            .ToListAsync(ct);
        return rounds;
    }

    /// <summary>Creates a MD-2006 round for a year; every active unit taking part in the scheme gets an entry.</summary>
    public async Task<CommandResult<int>> CreateAsync(RoundInput input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        if (!currentUser.CanManageCompetition())
        {
            throw new ForbiddenException("只有考评员和管理员可以创建竞赛评比");
        }
        var result = new CommandResult<int>();
        if (input.Year < QueryValues.FirstYear || input.Year > clock.Today.Year + 1)
        {
            result.Add(nameof(input.Year), string.Create(CultureInfo.InvariantCulture, $"年度应在 {QueryValues.FirstYear} 至 {clock.Today.Year + 1} 之间"));
        }
        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 100)
        {
            result.Add(nameof(input.Name), "请填写名称（不超过100字）");
        }
        if (input.SelfAssessmentDeadline is null)
        {
            result.Add(nameof(input.SelfAssessmentDeadline), "请填写自评截止日期");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (result.Succeeded && await db.CompetitionRounds.AnyAsync(r => r.SchemeCode == CompetitionNames.SchemeCode && r.Year == input.Year, ct))
        {
            result.Add(nameof(input.Year), string.Create(CultureInfo.InvariantCulture, $"{input.Year}年已有竞赛评比"));
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var units = await db.CompetitionUnits.Where(u => u.IsActive && u.Schemes.Any(s => s.SchemeCode == CompetitionNames.SchemeCode))
            .Select(u => u.Id).ToListAsync(ct);
        var round = new CompetitionRound
        {
            SchemeCode = CompetitionNames.SchemeCode,
            Year = input.Year,
            Name = name,
            SelfAssessmentDeadline = input.SelfAssessmentDeadline!.Value,
            Status = CompetitionRoundStatus.SelfAssessment,
            CreatedBy = currentUser.UserName,
            CreatedAt = clock.UtcNow,
            Entries = [.. units.Select(id => new CompetitionEntry { UnitId = id })],
        };
        db.CompetitionRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(round.Id);
    }

    /// <summary>The round with the caller's entries, their totals and the ranking; null when none of it is the caller's.</summary>
    public async Task<RoundDetail?> GetAsync(int roundId, CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.CompetitionRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return null;
        }
        var visible = currentUser.VisibleUnits(db.CompetitionUnits).Select(u => u.Id);
        var entries = await db.CompetitionEntries.AsNoTracking().Include(e => e.Unit).Include(e => e.Scores)
            .Where(e => e.RoundId == roundId && visible.Contains(e.UnitId)).ToListAsync(ct);
        if (entries.Count == 0 && !currentUser.ReadsAllStations)
        {
            return null;
        }
        var rows = await RowsAsync(db, round, entries, ct);
        var ranking = Ranking(round, rows);
        rows = [.. rows.Select(r => r with { Rank = ranking.FirstOrDefault(x => x.UnitId == r.UnitId)?.Rank })
            .OrderBy(r => r.DrawOrder ?? int.MaxValue).ThenBy(r => r.UnitName, StringComparer.Ordinal)];
        return new RoundDetail(round.Id, round.SchemeCode, round.Year, round.Name, round.Status, round.SelfAssessmentDeadline,
            round.DrawSeed, round.DrawSize, round.DrawnAt is { } d ? clock.ToLocal(d) : null, round.DrawnBy,
            round.FinalisedAt is { } f ? clock.ToLocal(f) : null, rows, ranking,
            currentUser.CanManageCompetition() && round.Status != CompetitionRoundStatus.Finalised,
            currentUser.CanScore() && round.Status == CompetitionRoundStatus.Scoring);
    }

    /// <summary>
    /// The station's results in the competition rounds of <paramref name="year"/> (through the unit linked to it), for the
    /// station page beside its QL-2022 grade. Anyone who may read the station sees them.
    /// </summary>
    public async Task<IReadOnlyList<StationCompetitionResult>> StationResultsAsync(int stationId, int year, CancellationToken ct = default)
    {
        currentUser.EnsureCanRead(stationId);
        // Kept between saves (SideCardCache: any committed save of data it may read empties it; per day, since the
        // fulfilment item counts cases up to today). Not cancelled with this caller: others may wait for the same read.
        return await cards.StationCardAsync(currentUser.Scope, "competition", stationId, year, clock.Today, () => LoadStationResultsAsync(stationId, year, CancellationToken.None), []);
    }

    private async Task<IReadOnlyList<StationCompetitionResult>> LoadStationResultsAsync(int stationId, int year, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var entries = await db.CompetitionEntries.AsNoTracking().Include(e => e.Unit).Include(e => e.Scores).Include(e => e.Round)
            .Where(e => e.Unit!.StationId == stationId && e.Round!.Year == year).ToListAsync(ct);
        var result = new List<StationCompetitionResult>();
        foreach (var group in entries.GroupBy(e => e.RoundId))
        {
            var round = group.First().Round!;
            var all = await db.CompetitionEntries.AsNoTracking().Include(e => e.Unit).Include(e => e.Scores).Where(e => e.RoundId == round.Id).ToListAsync(ct);
            var rows = await RowsAsync(db, round, all, ct);
            var ranking = Ranking(round, rows);
            var entry = group.First();
            var row = rows.First(r => r.EntryId == entry.Id);
            result.Add(new StationCompetitionResult(round.Id, entry.Id, round.SchemeCode, round.Name, round.Status, row.SelfTotal, row.EvaluatorTotal,
                ranking.FirstOrDefault(r => r.UnitId == entry.UnitId)?.Rank, ranking.Count, entry.DrawOrder is not null));
        }
        return result;
    }

    /// <summary>
    /// 抽签: draws <paramref name="size"/> of the round's units reproducibly from <paramref name="seed"/> (ends the
    /// self-assessment; the seed and who drew are recorded). A round is drawn once.
    /// </summary>
    public async Task<CommandResult> DrawAsync(int roundId, int? seed, int? size, CancellationToken ct = default)
    {
        if (!currentUser.CanScore())
        {
            throw new ForbiddenException("只有考评员可以抽签");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.CompetitionRounds.Include(r => r.Entries).FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return CommandResult.Conflict("竞赛评比不存在");
        }
        if (round.Status != CompetitionRoundStatus.SelfAssessment)
        {
            return CommandResult.Conflict("本次竞赛评比已抽签");
        }
        var result = new CommandResult();
        if (seed is null)
        {
            result.Add("Seed", "请填写随机种子");
        }
        if (size is not { } n || n < 1 || n > round.Entries.Count)
        {
            result.Add("Size", string.Create(CultureInfo.InvariantCulture, $"抽取数量应在 1 至 {round.Entries.Count} 之间"));
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var drawn = StationSampler.Draw(seed!.Value, size!.Value, stratified: false,
            round.Entries.Select(e => new StationSampler.Candidate(e.UnitId, "")));
        for (var i = 0; i < drawn.Count; i++)
        {
            round.Entries.First(e => e.UnitId == drawn[i]).DrawOrder = i + 1;
        }
        round.DrawSeed = seed;
        round.DrawSize = size;
        round.DrawnAt = clock.UtcNow;
        round.DrawnBy = currentUser.UserName;
        round.Status = CompetitionRoundStatus.Scoring;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>定稿: every drawn unit fully scored → totals and ranks stored, the round and its figures locked.</summary>
    public async Task<CommandResult> FinaliseAsync(int roundId, CancellationToken ct = default)
    {
        if (!currentUser.CanScore())
        {
            throw new ForbiddenException("只有考评员可以定稿");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.CompetitionRounds.FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return CommandResult.Conflict("竞赛评比不存在");
        }
        if (round.Status != CompetitionRoundStatus.Scoring)
        {
            return CommandResult.Conflict(round.Status == CompetitionRoundStatus.Finalised ? "本次竞赛评比已定稿" : "请先抽签并现场考评");
        }
        var entries = await db.CompetitionEntries.Include(e => e.Unit).Include(e => e.Scores).Where(e => e.RoundId == roundId).ToListAsync(ct);
        var rows = await RowsAsync(db, round, entries, ct);
        if (rows.Where(r => r.DrawOrder is not null).FirstOrDefault(r => r.ScoredItems < r.JudgementItems) is { } open)
        {
            return CommandResult.Conflict($"{open.UnitName}还有{open.JudgementItems - open.ScoredItems}项未评分");
        }
        var ranking = CompetitionRanking.Rank(rows.Where(r => r.DrawOrder is not null).Select(r => new RankInput(r.UnitId, r.UnitName, r.EvaluatorTotal ?? 0)));
        foreach (var ranked in ranking)
        {
            var entry = entries.First(e => e.UnitId == ranked.UnitId);
            entry.FinalTotal = ranked.Total;
            entry.FinalRank = ranked.Rank;
        }
        round.Status = CompetitionRoundStatus.Finalised;
        round.FinalisedAt = clock.UtcNow;
        round.FinalisedBy = currentUser.UserName;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>The stored ranking once finalised; before, the live ranking of drawn units with at least one score.</summary>
    internal static IReadOnlyList<RankedUnit> Ranking(CompetitionRound round, IReadOnlyList<EntryRow> rows) =>
        round.Status == CompetitionRoundStatus.Finalised
            ? [.. rows.Where(r => r.Rank is not null).OrderBy(r => r.Rank).ThenBy(r => r.UnitName, StringComparer.Ordinal)
                .Select(r => new RankedUnit(r.Rank!.Value, r.UnitId, r.UnitName, r.EvaluatorTotal ?? 0))]
            : CompetitionRanking.Rank(rows.Where(r => r.DrawOrder is not null && r.ScoredItems > 0).Select(r => new RankInput(r.UnitId, r.UnitName, r.EvaluatorTotal ?? 0)));

    private async Task<List<EntryRow>> RowsAsync(AppDbContext db, CompetitionRound round, List<CompetitionEntry> entries, CancellationToken ct)
    {
        var scheme = SchemeCatalog.Get(round.SchemeCode);
        var judgement = scheme.Items.Where(i => i.IsJudgement).Select(i => i.Code).ToHashSet(StringComparer.Ordinal);
        var fulfilments = await fulfilment.YearResultsAsync(db, [.. entries.Select(e => e.Unit!)], round.Year, ct);
        return [.. entries.Select(e =>
        {
            var scores = e.Scores.Where(s => judgement.Contains(s.ItemCode)).ToList();
            var f = fulfilments[e.UnitId].Score;
            var (self, evaluator) = Totals(scores, f);
            var final = round.Status == CompetitionRoundStatus.Finalised;
            return new EntryRow(e.Id, e.UnitId, e.Unit!.Name, e.Unit.Type, e.SelfSubmittedAt is not null, e.DrawOrder,
                self, final ? e.FinalTotal : evaluator, scores.Count(s => s.Points is not null), judgement.Count, final ? e.FinalRank : null, final);
        })];
    }

    /// <summary>Self and evaluator totals: Σ judgement points + the fulfilment item; null when no judgement item has points yet.</summary>
    internal static (decimal? Self, decimal? Evaluator) Totals(IReadOnlyCollection<CompetitionScore> scores, decimal fulfilmentScore) =>
        (scores.Any(s => s.SelfPoints is not null) ? scores.Sum(s => s.SelfPoints ?? 0) + fulfilmentScore : null,
         scores.Any(s => s.Points is not null) ? scores.Sum(s => s.Points ?? 0) + fulfilmentScore : null);
}

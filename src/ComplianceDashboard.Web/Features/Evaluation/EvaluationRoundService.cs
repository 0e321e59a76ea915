using System.Security.Cryptography;

namespace ComplianceDashboard.Web.Features.Evaluation;

public sealed record RoundSummary(long Id, int Year, string SchemeCode, string Name, DateOnly StartsOn, DateOnly EndsOn,
    EvaluationRoundStatus Status, int Stations, int Finalised, int Sampled);

public sealed record RoundInput(int Year, string Name, DateOnly? StartsOn, DateOnly? EndsOn, IReadOnlyList<string> Team,
    IReadOnlyList<int> StationIds, string ExpertItemCodes = "");

public sealed record PublishedFeedback(long RoundId, string RoundName, int Year, int StationId, string StationName, decimal Total, string GradeLabel);

public sealed record TeamMemberView(string UserName, string DisplayName);

public sealed record RoundStationRow(int StationId, string Code, string Name, decimal? Score, bool ScoreIsFinal, string? GradeLabel,
    int Reviewed, int Evidence, bool Sampled, bool Finalised, decimal? FinalTotal, string? FinalGrade);

public sealed record DrawView(long Id, int Seed, int SampleSize, bool Stratified, IReadOnlyList<int> CandidateIds, IReadOnlyList<string> ResultNames,
    IReadOnlyList<int> ResultIds, DateTime DrawnAt, string DrawnBy);

public sealed record RoundDetail(EvaluationRound Round, IReadOnlyList<TeamMemberView> Team, IReadOnlyList<RoundStationRow> Stations,
    IReadOnlyList<DrawView> Draws);

/// <summary>Evaluation rounds: create, list, show with per-station progress, and draw the on-site sample.</summary>
public sealed class EvaluationRoundService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, SchemeGrader grader, AppClock clock)
{
    public async Task<IReadOnlyList<RoundSummary>> ListAsync(CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rounds = await db.EvaluationRounds.AsNoTracking().OrderByDescending(r => r.Year).ThenByDescending(r => r.Id)
            .Select(r => new { r.Id, r.Year, r.SchemeCode, r.Name, r.StartsOn, r.EndsOn, r.Status, Stations = r.Stations.Select(s => s.StationId).ToList() })
            .ToListAsync(ct);
        var locks = await db.GradeFinalizations.Where(f => f.ReopenedAt == null).Select(f => new { f.StationId, f.Year }).ToListAsync(ct);
        var draws = await LatestDrawsAsync(db, ct);
        return [.. rounds.Select(r => new RoundSummary(r.Id, r.Year, r.SchemeCode, r.Name, r.StartsOn, r.EndsOn, r.Status, r.Stations.Count,
            locks.Count(l => l.Year == r.Year && r.Stations.Contains(l.StationId)),
            draws.TryGetValue(r.Id, out var d) ? EvaluationNames.ParseIds(d).Count : 0))];
    }

    /// <summary>A 支部书记's view of the evaluation: the finalised feedback sheets of their own stations, newest first.</summary>
    public async Task<IReadOnlyList<PublishedFeedback>> PublishedFeedbackAsync(CancellationToken ct = default)
    {
        if (!currentUser.IsSecretary || currentUser.Scope.ReadableStationIds is not { Count: > 0 } own)
        {
            return [];
        }
        var ids = own.ToList();
        await using var db = await factory.CreateDbContextAsync(ct);
        var rows = await (from rs in db.EvaluationRoundStations
                          join r in db.EvaluationRounds on rs.RoundId equals r.Id
                          join f in db.GradeFinalizations on new { rs.StationId, r.Year } equals new { f.StationId, f.Year }
                          where ids.Contains(rs.StationId) && f.ReopenedAt == null
                          select new { r.Id, r.Name, r.Year, rs.StationId, Station = rs.Station!.Name, f.Total, f.GradeLabel, FinalId = f.Id })
            .ToListAsync(ct);
        return [.. rows.GroupBy(x => (x.Id, x.StationId)).Select(g => g.MaxBy(x => x.FinalId)!)
            .OrderByDescending(x => x.Year).ThenByDescending(x => x.Id).ThenBy(x => x.StationId)
            .Select(x => new PublishedFeedback(x.Id, x.Name, x.Year, x.StationId, x.Station, x.Total, x.GradeLabel))];
    }

    /// <summary>Users with the 考评员 role, for the team picker.</summary>
    public async Task<IReadOnlyList<TeamMemberView>> EvaluatorsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var roleId = await db.Roles.Where(r => r.Name == Roles.Evaluator).Select(r => r.Id).FirstOrDefaultAsync(ct);
        return await db.Users.Where(u => !u.IsDisabled && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == roleId))
            .OrderBy(u => u.UserName).Select(u => new TeamMemberView(u.UserName!, u.DisplayName)).ToListAsync(ct);
    }

    public async Task<CommandResult<long>> CreateAsync(RoundInput input, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        ArgumentNullException.ThrowIfNull(input);
        var errors = new Dictionary<string, string>();
        if (input.Year < 2000 || input.Year > clock.Today.Year)
        {
            errors[nameof(input.Year)] = $"年度应在 2000 至 {clock.Today.Year} 之间";
        }
        if (NameRules.Check(input.Name, NameRules.RoundName).Error is { } nameError)
        {
            errors[nameof(input.Name)] = nameError;
        }
        if (input.StartsOn is null)
        {
            errors[nameof(input.StartsOn)] = "请填写开始日期";
        }
        if (input.EndsOn is null)
        {
            errors[nameof(input.EndsOn)] = "请填写结束日期";
        }
        else if (input.StartsOn is { } s && input.EndsOn < s)
        {
            errors[nameof(input.EndsOn)] = "结束日期不能早于开始日期";
        }
        var evaluators = (await EvaluatorsAsync(ct)).ToDictionary(e => e.UserName, StringComparer.Ordinal);
        var team = input.Team.Count == 0 ? [currentUser.UserName] : input.Team.Distinct(StringComparer.Ordinal).ToList();
        if (team.FirstOrDefault(t => !evaluators.ContainsKey(t)) is { } unknown)
        {
            errors[nameof(input.Team)] = $"{unknown} 不是考评员";
        }
        var extra = input.ExpertItemCodes.Split(',', '，', ' ').Where(c => c.Length > 0).ToList();
        if (extra.FirstOrDefault(c => !grader.Scheme.Items.Any(i => i.Code == c)) is { } badItem)
        {
            errors[nameof(input.ExpertItemCodes)] = $"评分标准中没有第 {badItem} 项";
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var allStations = await db.Stations.Select(s => s.Id).ToListAsync(ct);
        var stations = input.StationIds.Count == 0 ? allStations : [.. input.StationIds.Distinct()];
        if (stations.Any(id => !allStations.Contains(id)))
        {
            errors[nameof(input.StationIds)] = "所选站所不存在";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<long>();
        }
        var round = new EvaluationRound
        {
            Year = input.Year,
            SchemeCode = grader.Scheme.Code,
            Name = input.Name.Trim(),
            StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn!.Value,
            Status = EvaluationRoundStatus.Preparing,
            ExpertItemCodes = string.Join(',', extra.Distinct()),
            CreatedAt = clock.UtcNow,
            CreatedBy = currentUser.UserName,
            Team = [.. team.Select(t => new EvaluationTeamMember { UserName = t, DisplayName = evaluators[t].DisplayName })],
            Stations = [.. stations.Order().Select(id => new EvaluationRoundStation { StationId = id })],
        };
        db.EvaluationRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(round.Id);
    }

    public async Task<CommandResult> SetStatusAsync(long roundId, EvaluationRoundStatus status, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.EvaluationRounds.FirstOrDefaultAsync(r => r.Id == roundId, ct) is not { } round)
        {
            return CommandResult.Conflict("评价不存在");
        }
        round.Status = status;
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    public async Task<RoundDetail?> GetAsync(long roundId, CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.EvaluationRounds.AsNoTracking().Include(r => r.Team).Include(r => r.Stations)
            .AsSplitQuery().FirstOrDefaultAsync(r => r.Id == roundId, ct);
        if (round is null)
        {
            return null;
        }
        var ids = round.Stations.Select(s => s.StationId).ToList();
        var stations = await db.Stations.Where(s => ids.Contains(s.Id)).OrderBy(s => s.Code).Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        var snapshots = await db.GradeSnapshots.AsNoTracking().Where(s => ids.Contains(s.StationId) && s.Year == round.Year && s.IsLatest)
            .Select(s => new { s.StationId, s.Total, s.IsFinal, s.GradeLabel, s.ItemsJson }).ToDictionaryAsync(s => s.StationId, ct);
        var finals = (await db.GradeFinalizations.AsNoTracking().Where(f => ids.Contains(f.StationId) && f.Year == round.Year && f.ReopenedAt == null)
            .ToListAsync(ct)).GroupBy(f => f.StationId).ToDictionary(g => g.Key, g => g.OrderByDescending(f => f.Id).First());
        var evidence = snapshots.Values.ToDictionary(s => s.StationId, s => GradeJson.Items(s.ItemsJson).SelectMany(i => i.RecordIds).ToHashSet());
        var reviewed = await EvidenceReviewService.ReviewStateAsync(db, ids, round.Year, ct);
        var draws = await DrawsAsync(db, round.Id, stations.ToDictionary(s => s.Id, s => s.Name), ct);
        var sampled = draws.Count > 0 ? draws[0].ResultIds.ToHashSet() : [];
        var rows = stations.Select(s =>
        {
            snapshots.TryGetValue(s.Id, out var snap);
            finals.TryGetValue(s.Id, out var fin);
            var set = evidence.GetValueOrDefault(s.Id) ?? [];
            var state = reviewed.GetValueOrDefault(s.Id) ?? new Dictionary<long, ReviewStatus>();
            set.UnionWith(state.Where(kv => kv.Value == ReviewStatus.Rejected).Select(kv => kv.Key));
            return new RoundStationRow(s.Id, s.Code, s.Name, snap?.Total, snap?.IsFinal ?? false, snap?.GradeLabel,
                set.Count(id => state.ContainsKey(id)), set.Count, sampled.Contains(s.Id), fin is not null, fin?.Total, fin?.GradeLabel);
        }).ToList();
        var team = round.Team.OrderBy(t => t.UserName).Select(t => new TeamMemberView(t.UserName, t.DisplayName)).ToList();
        return new RoundDetail(round, team, rows, draws);
    }

    /// <summary>
    /// Draws the on-site sample (see <see cref="StationSampler"/>) and records it; an earlier draw stays in the history.
    /// <paramref name="seed"/> null = a new random seed, shown with the result.
    /// </summary>
    public async Task<CommandResult<DrawView>> DrawSampleAsync(long roundId, int? seed, int sampleSize, bool stratified, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.EvaluationRounds.AsNoTracking().Include(r => r.Stations).FirstOrDefaultAsync(r => r.Id == roundId, ct) is not { } round)
        {
            return CommandResult.Conflict("评价不存在").As<DrawView>();
        }
        var ids = round.Stations.Select(s => s.StationId).Order().ToList();
        var errors = new Dictionary<string, string>();
        if (sampleSize < 1 || sampleSize > ids.Count)
        {
            errors["SampleSize"] = $"抽取数量应在 1 至 {ids.Count} 之间";
        }
        if (seed is < 0)
        {
            errors["Seed"] = "随机种子应为非负整数";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<DrawView>();
        }
        var bands = await db.GradeSnapshots.Where(s => ids.Contains(s.StationId) && s.Year == round.Year && s.IsLatest)
            .ToDictionaryAsync(s => s.StationId, s => s.GradeCode, ct);
        var candidates = ids.Select(id => new StationSampler.Candidate(id, stratified ? bands.GetValueOrDefault(id) ?? "-" : "")).ToList();
        var usedSeed = seed ?? RandomNumberGenerator.GetInt32(1, 1_000_000);
        var result = StationSampler.Draw(usedSeed, sampleSize, stratified, candidates);
        var draw = new SamplingDraw
        {
            RoundId = roundId,
            Seed = usedSeed,
            SampleSize = sampleSize,
            Stratified = stratified,
            CandidateIds = EvaluationNames.Ids(ids),
            Bands = stratified ? string.Join(',', candidates.Select(c => $"{c.StationId}:{c.Band}")) : "",
            ResultIds = EvaluationNames.Ids(result),
            DrawnAt = clock.UtcNow,
            DrawnBy = currentUser.UserName,
        };
        db.SamplingDraws.Add(draw);
        await db.SaveChangesAsync(ct);
        var names = await db.Stations.Where(s => result.Contains(s.Id)).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return CommandResult.Ok(ToView(draw, names));
    }

    private static async Task<IReadOnlyList<DrawView>> DrawsAsync(AppDbContext db, long roundId, IReadOnlyDictionary<int, string> names, CancellationToken ct)
    {
        var draws = await db.SamplingDraws.AsNoTracking().Where(d => d.RoundId == roundId).OrderByDescending(d => d.Id).ToListAsync(ct);
        return [.. draws.Select(d => ToView(d, names))];
    }

    private static DrawView ToView(SamplingDraw d, IReadOnlyDictionary<int, string> names)
    {
        var result = EvaluationNames.ParseIds(d.ResultIds);
        return new DrawView(d.Id, d.Seed, d.SampleSize, d.Stratified, EvaluationNames.ParseIds(d.CandidateIds),
            [.. result.Select(id => names.GetValueOrDefault(id) ?? $"#{id}")], result, d.DrawnAt, d.DrawnBy);
    }

    private static async Task<Dictionary<long, string>> LatestDrawsAsync(AppDbContext db, CancellationToken ct)
    {
        var rows = await db.SamplingDraws.AsNoTracking().Select(d => new { d.Id, d.RoundId, d.ResultIds }).ToListAsync(ct);
        return rows.GroupBy(r => r.RoundId).ToDictionary(g => g.Key, g => g.OrderByDescending(r => r.Id).First().ResultIds);
    }
}

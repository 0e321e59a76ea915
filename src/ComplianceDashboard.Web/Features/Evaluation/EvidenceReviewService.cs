namespace ComplianceDashboard.Web.Features.Evaluation;

public sealed record EvidenceRow(string ItemCode, string ItemName, long RecordId, string Kind, string Title, DateOnly EventDate,
    ReviewStatus Review, string? ReviewNote, string? ReviewedBy, DateTime? ReviewedAt);

public sealed record FindingView(long Id, DateOnly FoundOn, string Text, string Evaluator);

/// <summary>
/// Evidence review (真实性审核): an evaluator confirms or rejects each record behind a station's items. A rejected
/// record stops counting (the facts loader drops it), so the station is regraded at once. Plus on-site findings.
/// </summary>
public sealed class EvidenceReviewService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, GradingTrigger gradingTrigger, SchemeGrader grader, AppClock clock, RecordHistoryWriter history)
{
    /// <summary>Records of the stations in <paramref name="year"/> that an evaluator has reviewed: station → record → status.</summary>
    public static async Task<Dictionary<int, Dictionary<long, ReviewStatus>>> ReviewStateAsync(AppDbContext db, IReadOnlyList<int> stationIds, int year, CancellationToken ct)
    {
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var rows = await db.Records.AsNoTracking()
            .Where(r => stationIds.Contains(r.StationId) && r.Review != ReviewStatus.Unreviewed
                && ((r.EventDate >= from && r.EventDate <= to) || (r.ForPeriod >= from && r.ForPeriod <= to)))
            .Select(r => new { r.StationId, r.Id, r.Review }).ToListAsync(ct);
        return rows.GroupBy(r => r.StationId).ToDictionary(g => g.Key, g => g.ToDictionary(r => r.Id, r => r.Review));
    }

    /// <summary>The records behind each item of the latest snapshot, plus the rejected ones (listed under the items their kind feeds).</summary>
    public async Task<IReadOnlyList<EvidenceRow>> EvidenceAsync(long roundId, int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await RoundYearAsync(db, roundId, stationId, ct) is not { } year)
        {
            return [];
        }
        var snapshot = await db.GradeSnapshots.AsNoTracking().Where(s => s.StationId == stationId && s.Year == year && s.IsLatest)
            .Select(s => s.ItemsJson).FirstOrDefaultAsync(ct);
        var items = snapshot is null ? [] : GradeJson.Items(snapshot);
        var links = items.SelectMany(i => i.RecordIds.Select(id => (Item: i, Id: id))).ToList();
        var ids = links.Select(l => l.Id).Distinct().ToList();
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var records = await db.Records.AsNoTracking()
            .Where(r => r.StationId == stationId && (ids.Contains(r.Id) || (r.Review == ReviewStatus.Rejected
                && ((r.EventDate >= from && r.EventDate <= to) || (r.ForPeriod >= from && r.ForPeriod <= to)))))
            .Select(r => new { r.Id, r.Kind, r.Title, r.EventDate, r.Review, r.ReviewNote, r.ReviewedBy, r.ReviewedAt })
            .ToDictionaryAsync(r => r.Id, ct);
        foreach (var rejected in records.Values.Where(r => !ids.Contains(r.Id)))
        {
            var fed = grader.Scheme.Items.Where(i => i.EventKinds.Contains(rejected.Kind)
                || i.Obligations.Any(o => grader.Scheme.TryGetObligation(o, out var ob) && ob.RecordKinds.Contains(rejected.Kind))).ToList();
            foreach (var item in fed)
            {
                var score = items.FirstOrDefault(s => s.Code == item.Code);
                if (score is not null)
                {
                    links.Add((score, rejected.Id));
                }
            }
        }
        return [.. links.Where(l => records.ContainsKey(l.Id)).Select(l =>
        {
            var r = records[l.Id];
            return new EvidenceRow(l.Item.Code, l.Item.Name, r.Id, ChineseNames.Of(r.Kind), r.Title, r.EventDate, r.Review, r.ReviewNote, r.ReviewedBy, r.ReviewedAt);
        }).OrderBy(r => ItemOrder(r.ItemCode)).ThenBy(r => r.EventDate).ThenBy(r => r.RecordId)];
    }

    /// <summary>
    /// Confirms, rejects (reason required) or resets one record; its history gets the change like any edit
    /// (<see cref="RecordHistoryWriter"/>) and the station is regraded.
    /// Refused while the station-year is finalised.
    /// </summary>
    public async Task<CommandResult> ReviewAsync(long roundId, long recordId, ReviewStatus decision, string? reason, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        if (decision == ReviewStatus.Rejected && string.IsNullOrWhiteSpace(reason))
        {
            return CommandResult.Fail("Reason", "驳回时必须填写理由");
        }
        int stationId, year;
        DateOnly changedFrom;
        await using (var db = await factory.CreateDbContextAsync(ct))
        {
            if (await RecordService.LoadTrackedAsync(db, recordId, ct) is not { } record)
            {
                return CommandResult.Conflict("记录不存在");
            }
            if (await RoundYearAsync(db, roundId, record.StationId, ct) is not { } roundYear)
            {
                return CommandResult.Conflict(NotInRound);
            }
            year = roundYear;
            stationId = record.StationId;
            changedFrom = RecordService.ChangedFrom(record);
            if (record.EventDate.Year != year && record.ForPeriod?.Year != year)
            {
                return CommandResult.Conflict($"该记录不属于{year}年度");
            }
            if (await GradeLocks.IsLockedAsync(db, stationId, year, ct))
            {
                return CommandResult.Conflict("该站所本年度评价已定级，须先重新开启才能审核");
            }
            var before = RecordHistoryWriter.Before(record);
            record.Review = decision;
            record.ReviewNote = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
            record.ReviewedAt = decision == ReviewStatus.Unreviewed ? null : clock.UtcNow;
            record.ReviewedBy = decision == ReviewStatus.Unreviewed ? null : currentUser.UserName;
            history.Touch(record, currentUser.UserName);
            history.Add(db, record, before, null, currentUser.UserName);
            await db.SaveChangesAsync(ct);
        }
        await gradingTrigger.StationChangedAsync(stationId, changedFrom, ct);
        return CommandResult.Ok();
    }

    public async Task<IReadOnlyList<FindingView>> FindingsAsync(long roundId, int stationId, CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await db.OnSiteFindings.AsNoTracking().Where(f => f.RoundId == roundId && f.StationId == stationId)
            .OrderBy(f => f.FoundOn).ThenBy(f => f.Id).Select(f => new FindingView(f.Id, f.FoundOn, f.Text, f.Evaluator)).ToListAsync(ct);
    }

    public async Task<CommandResult> AddFindingAsync(long roundId, int stationId, DateOnly? foundOn, string text, CancellationToken ct = default)
    {
        currentUser.EnsureEvaluator();
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(text))
        {
            errors["Text"] = "请填写检查发现";
        }
        if (foundOn is null)
        {
            errors["FoundOn"] = "请填写检查日期";
        }
        else if (foundOn > clock.Today)
        {
            errors["FoundOn"] = "检查日期不能晚于今天";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await RoundYearAsync(db, roundId, stationId, ct) is null)
        {
            return CommandResult.Conflict(NotInRound);
        }
        db.OnSiteFindings.Add(new OnSiteFinding
        {
            RoundId = roundId, StationId = stationId, FoundOn = foundOn!.Value, Text = text.Trim(),
            Evaluator = currentUser.Signature, CreatedAt = clock.UtcNow,
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    internal const string NotInRound = "该站所不在本次评价范围内";

    /// <summary>The round's year, or null when the station is not in the round (<see cref="NotInRound"/>).</summary>
    internal static async Task<int?> RoundYearAsync(AppDbContext db, long roundId, int stationId, CancellationToken ct) =>
        await db.EvaluationRounds.Where(r => r.Id == roundId && r.Stations.Any(s => s.StationId == stationId))
            .Select(r => (int?)r.Year).FirstOrDefaultAsync(ct);

    /// <summary>Sort key for item codes: 1, 2, …, 12a, 12b, …, 28.</summary>
    internal static int ItemOrder(string code)
    {
        var digits = code.TakeWhile(char.IsDigit).Count();
        return int.TryParse(code.AsSpan(0, digits), System.Globalization.CultureInfo.InvariantCulture, out var n)
            ? n * 100 + (digits < code.Length ? code[digits] - 'a' + 1 : 0)
            : int.MaxValue;
    }
}

using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>
/// Answers the integrity page for the signed-in user (<see cref="CurrentUser"/>): every query is filtered by the
/// user's stations (<see cref="IntegrityAccess"/>); only 考评员 explain a signal, which writes the audit log.
/// </summary>
public sealed partial class IntegrityService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    ILogger<IntegrityService> logger)
{
    public const int MaxReasonLength = 1000;

    /// <summary>The caller's signals of <paramref name="year"/> with their explanation, strongest first.</summary>
    public async Task<IReadOnlyList<SignalView>> ListAsync(int year, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var signals = await currentUser.IntegrityScope(db.IntegritySignals.AsNoTracking(), s => s.StationId).Where(s => s.Year == year)
            .Join(db.Stations, s => s.StationId, st => st.Id, (s, st) => new { Signal = s, st.Name, st.Code })
            .ToListAsync(ct);
        var keys = signals.Select(s => s.Signal.Key).Distinct().ToList();
        var explanations = await ExplanationsAsync(db, keys, ct);
        return [.. signals
            .Select(s => new SignalView(s.Signal.Id, s.Signal.Key, s.Signal.Kind, s.Signal.StationId, s.Code, s.Name, s.Signal.Year, s.Signal.Month,
                s.Signal.Strength, s.Signal.Text(), s.Signal.RecordIdList(), clock.ToLocal(s.Signal.ComputedAt), explanations.GetValueOrDefault(s.Signal.Key)))
            .OrderByDescending(s => s.Strength).ThenBy(s => s.StationCode, StringComparer.Ordinal).ThenBy(s => s.Kind).ThenBy(s => s.Month)];
    }

    /// <summary>One signal with its records (and the two texts side by side for copied text), or null when it is not the caller's.</summary>
    public async Task<SignalDetail?> DetailAsync(long signalId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var found = await currentUser.IntegrityScope(db.IntegritySignals.AsNoTracking(), s => s.StationId).Where(s => s.Id == signalId)
            .Join(db.Stations, s => s.StationId, st => st.Id, (s, st) => new { Signal = s, st.Name, st.Code })
            .FirstOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var s = found.Signal;
        var explanation = (await ExplanationsAsync(db, [s.Key], ct)).GetValueOrDefault(s.Key);
        var view = new SignalView(s.Id, s.Key, s.Kind, s.StationId, found.Code, found.Name, s.Year, s.Month, s.Strength, s.Text(),
            s.RecordIdList(), clock.ToLocal(s.ComputedAt), explanation);
        var ids = view.RecordIds.ToList();
        var records = await db.Records.IgnoreQueryFilters().AsNoTracking().Where(r => ids.Contains(r.Id))
            .Select(r => new { r.Id, r.StationId, StationName = r.Station!.Name, r.Kind, r.EventDate, r.Title, r.Content, r.CreatedAt, r.IsDeleted })
            .ToListAsync(ct);
        var rows = records.OrderBy(r => r.EventDate).ThenBy(r => r.Id)
            .Select(r =>
            {
                var readable = currentUser.CanRead(r.StationId);
                // Another station's record is named only to those who may read that station.
                return new SignalRecord(r.Id, readable ? r.StationName : null, r.Kind, r.EventDate, readable ? r.Title : null,
                    readable ? r.Content : null, clock.ToLocal(r.CreatedAt), r.IsDeleted, readable);
            })
            .ToList();
        TextComparison? comparison = null;
        if (s.Kind == SignalKind.CopiedText && rows.Count == 2)
        {
            var (left, right) = TextDiff.Compare(rows[0].Content ?? "", rows[1].Content ?? "");
            comparison = new TextComparison(rows[0], rows[1], rows[0].Readable ? left : [], rows[1].Readable ? right : [],
                s.Strength); // a copied-text signal's strength is the similarity
        }
        return new SignalDetail(view, rows, comparison);
    }

    /// <summary>
    /// 标记为已说明: a 考评员 records why the signal is not a problem. The signal leaves the open list and stays visible
    /// as explained; the explanation outlives recomputation (it is kept by the signal's key) and is written to the
    /// audit log. A missing reason is a field error ("Reason"); anyone but a 考评员 of a visible signal is refused.
    /// </summary>
    public async Task<CommandResult> ExplainAsync(long signalId, string? reason, CancellationToken ct = default)
    {
        if (!currentUser.CanExplainSignals())
        {
            throw new ForbiddenException("只有考评员可以标记信号为已说明");
        }
        var text = reason?.Trim() ?? "";
        if (text.Length == 0)
        {
            return CommandResult.Fail(nameof(ExplainInput.Reason), "请填写说明原因");
        }
        if (text.Length > MaxReasonLength)
        {
            return CommandResult.Fail(nameof(ExplainInput.Reason), "说明原因不能超过1000个字");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var signal = await currentUser.IntegrityScope(db.IntegritySignals.AsNoTracking(), s => s.StationId).FirstOrDefaultAsync(s => s.Id == signalId, ct);
        if (signal is null)
        {
            return CommandResult.Conflict("该信号已重新计算或不存在，请刷新页面");
        }
        var now = clock.UtcNow;
        var user = currentUser.UserName;
        db.IntegrityExplanations.Add(new IntegrityExplanation { SignalKey = signal.Key, StationId = signal.StationId, ExplainedBy = user, Reason = text, ExplainedAt = now });
        db.SignInAudits.Add(new SignInAudit
        {
            UserName = user,
            Succeeded = true,
            Detail = $"台账真实性信号标记为已说明：{SignalKindNames.Of(signal.Kind)}（站所 {signal.StationId.ToString(CultureInfo.InvariantCulture)}，{signal.Year.ToString(CultureInfo.InvariantCulture)}年{signal.Month.ToString(CultureInfo.InvariantCulture)}月）；原因：{text}",
            At = now,
        });
        await db.SaveChangesAsync(ct);
        LogExplained(user, signal.Key);
        return CommandResult.Ok();
    }

    /// <summary>Open (unexplained) signal kinds of each record in <paramref name="recordIds"/> that the caller may see.</summary>
    public async Task<IReadOnlyDictionary<long, IReadOnlyList<SignalKind>>> OpenKindsByRecordAsync(IReadOnlyCollection<long> recordIds, CancellationToken ct = default)
    {
        if (!currentUser.CanViewIntegrity() || recordIds.Count == 0)
        {
            return new Dictionary<long, IReadOnlyList<SignalKind>>();
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var ids = recordIds.ToList();
        var stations = await db.Records.AsNoTracking().Where(r => ids.Contains(r.Id)).Select(r => r.StationId).Distinct().ToListAsync(ct);
        var signals = await currentUser.IntegrityScope(db.IntegritySignals.AsNoTracking(), s => s.StationId).Where(s => stations.Contains(s.StationId))
            .Select(s => new { s.Key, s.Kind, s.RecordIds }).ToListAsync(ct);
        var explained = (await ExplanationsAsync(db, [.. signals.Select(s => s.Key).Distinct()], ct)).Keys.ToHashSet(StringComparer.Ordinal);
        var wanted = recordIds.ToHashSet();
        return signals.Where(s => !explained.Contains(s.Key))
            .SelectMany(s => s.RecordIds.Split(',').Select(id => (Id: long.Parse(id, CultureInfo.InvariantCulture), s.Kind)))
            .Where(x => wanted.Contains(x.Id))
            .GroupBy(x => x.Id)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<SignalKind>)[.. g.Select(x => x.Kind).Distinct().Order()]);
    }

    private static async Task<Dictionary<string, ExplanationView>> ExplanationsAsync(AppDbContext db, List<string> keys, CancellationToken ct)
    {
        var rows = new List<IntegrityExplanation>();
        foreach (var chunk in keys.Chunk(500))
        {
            rows.AddRange(await db.IntegrityExplanations.AsNoTracking().Where(e => chunk.Contains(e.SignalKey)).ToListAsync(ct));
        }
        return rows.GroupBy(e => e.SignalKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.ExplainedAt).Select(e => new ExplanationView(e.ExplainedBy, e.Reason, e.ExplainedAt)).First(), StringComparer.Ordinal);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Integrity signal {Key} explained by {User}")]
    private partial void LogExplained(string user, string key);
}

public sealed record ExplanationView(string By, string Reason, DateTime AtUtc);

public sealed record SignalView(long Id, string Key, SignalKind Kind, int StationId, string StationCode, string StationName, int Year, int Month,
    double Strength, SignalText Text, IReadOnlyList<long> RecordIds, DateTime ComputedAt, ExplanationView? Explained)
{
    public bool IsOpen => Explained is null;

    /// <summary>The explanation in Chinese (exports and the audit log; pages show <see cref="Text"/> in the UI language).</summary>
    public string Explanation => Text.ToString();
}

/// <summary>A record behind a signal; another station's record the caller may not read shows only its id, kind and dates.</summary>
public sealed record SignalRecord(long Id, string? StationName, Domain.Facts.RecordKind Kind, DateOnly EventDate, string? Title, string? Content,
    DateTime EnteredAt, bool Deleted, bool Readable);

public sealed record TextComparison(SignalRecord Left, SignalRecord Right, IReadOnlyList<DiffSegment> LeftSegments, IReadOnlyList<DiffSegment> RightSegments, double Similarity);

public sealed record SignalDetail(SignalView Signal, IReadOnlyList<SignalRecord> Records, TextComparison? Comparison);

/// <summary>The 标记为已说明 form.</summary>
public sealed class ExplainInput
{
    public string? Reason { get; set; }
}

public static class SignalKindNames
{
    public static string Of(SignalKind kind) => IntegritySignal.KindName(kind);
}

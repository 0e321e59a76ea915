using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>
/// Computes and stores the integrity signals: nightly for the county (<see cref="IntegrityNightlyJob"/>) and for one
/// station after each committed change of its records (<see cref="StationChangedAsync"/>). No user involved.
/// </summary>
public sealed partial class IntegrityRecompute(
    IDbContextFactory<AppDbContext> factory,
    SchemeGrader grader,
    AppClock clock,
    IOptions<IntegrityOptions> options,
    ILogger<IntegrityRecompute> logger)
{
    /// <summary>Recomputes the signals of every station and replaces the stored ones. Returns how many were stored.</summary>
    public async Task<int> RecomputeAllAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var input = await IntegrityFactsLoader.LoadAsync(db, grader.Scheme, clock, options.Value, null, ct);
        var signals = IntegritySignals.Compute(input, options.Value.ToThresholds());
        await db.Database.InWriteTransactionAsync(async c =>
        {
            await db.IntegritySignals.ExecuteDeleteAsync(c);
            db.IntegritySignals.AddRange(signals.Select(Row));
            await db.SaveChangesAsync(c);
        }, ct);
        LogRecomputed(signals.Count, input.Records.Count);
        return signals.Count;
    }

    /// <summary>Recomputes one station's signals and replaces its stored ones.</summary>
    public async Task<int> RecomputeStationAsync(int stationId, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var input = await IntegrityFactsLoader.LoadAsync(db, grader.Scheme, clock, options.Value, stationId, ct);
        var signals = IntegritySignals.Compute(input, options.Value.ToThresholds(), new HashSet<int> { stationId });
        await db.Database.InWriteTransactionAsync(async c =>
        {
            await db.IntegritySignals.Where(s => s.StationId == stationId).ExecuteDeleteAsync(c);
            db.IntegritySignals.AddRange(signals.Select(Row));
            await db.SaveChangesAsync(c);
        }, ct);
        return signals.Count;
    }

    /// <summary>After a committed save, import or delete: never fails it (a failure is logged and the nightly run catches up).</summary>
    public async Task StationChangedAsync(int stationId, CancellationToken ct = default)
    {
        try
        {
            await RecomputeStationAsync(stationId, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStationFailed(ex, stationId);
        }
    }

    private IntegritySignalRow Row(IntegritySignal s) => new()
    {
        Key = s.Key,
        Kind = s.Kind,
        StationId = s.StationId,
        Year = s.Year,
        Month = s.Month,
        Strength = s.Strength,
        Explanation = s.Explanation,
        ExplanationTemplate = s.Text.Template,
        ExplanationArgs = System.Text.Json.JsonSerializer.Serialize(s.Text.Args),
        RecordIds = string.Join(',', s.RecordIds.Select(id => id.ToString(CultureInfo.InvariantCulture))),
        ComputedAt = clock.UtcNow,
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Integrity signals recomputed: {Count} signals from {Records} records")]
    private partial void LogRecomputed(int count, int records);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recomputing the integrity signals of station {StationId} failed; the nightly run catches up")]
    private partial void LogStationFailed(Exception ex, int stationId);
}

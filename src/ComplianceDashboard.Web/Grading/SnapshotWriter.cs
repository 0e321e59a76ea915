using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// A station's grade serialised (UTF-8 JSON) and hashed, ready to be written (prepared in parallel, written in one go).
/// The JSON text is only made for a result that is written: an unchanged one (most of them, night after night) needs
/// its hash alone.
/// </summary>
public sealed record GradedStation(int StationId, StationGrade Grade, byte[] ItemsUtf8, byte[] CalendarUtf8, string Hash, IReadOnlyList<StationMonthStat> MonthStats)
{
    public string ItemsJson => Encoding.UTF8.GetString(ItemsUtf8);

    public string CalendarJson => Encoding.UTF8.GetString(CalendarUtf8);
}

/// <summary>
/// Persists grades: a new snapshot row only when the result changed (so rows are the score's history),
/// and the station's month statistics that feed the heat maps (rewritten only when they changed).
/// </summary>
public static class SnapshotWriter
{
    /// <summary>CPU-only work (serialise, hash, month statistics): safe to run on several threads.</summary>
    public static GradedStation Prepare(StationFacts facts, StationGrade grade)
    {
        // The same bytes as the UTF-8 of GradeJson.Serialize's text, and the same hash as GradeJson.Hash over those texts.
        var items = GradeJson.SerializeToUtf8(grade.Items);
        var calendar = GradeJson.SerializeToUtf8(grade.Calendar);
        var hash = GradeJson.Hash([grade.SchemeCode, grade.SchemeVersion, grade.IsFinal.ToString(), grade.Total.ToString(CultureInfo.InvariantCulture)], items, calendar);
        return new GradedStation(facts.StationId, grade, items, calendar, hash, MonthStats(facts, grade));
    }

    public static async Task WriteAsync(AppDbContext db, IReadOnlyList<GradedStation> results, long? runId, DateTime computedAt, CancellationToken ct)
    {
        if (results.Count == 0)
        {
            return;
        }
        var year = results[0].Grade.Year;
        var stationIds = results.Select(r => r.StationId).ToList();
        // Only the hash of the latest rows is needed to decide: never load their (large) JSON here.
        var latest = await db.GradeSnapshots.Where(s => stationIds.Contains(s.StationId) && s.Year == year && s.IsLatest)
            .Select(s => new { s.Id, s.StationId, s.ContentHash }).ToDictionaryAsync(s => s.StationId, ct);
        // Month statistics are rewritten only for stations whose figures changed (a nightly run mostly changes none).
        var stored = (await db.StationMonthStats.AsNoTracking().Where(s => stationIds.Contains(s.StationId) && s.Year == year).ToListAsync(ct))
            .ToLookup(s => s.StationId);
        var statsChanged = results.Where(r => !SameStats(stored[r.StationId], r.MonthStats)).ToList();
        var unchanged = new List<long>();
        var added = new List<GradeSnapshot>();
        foreach (var result in results)
        {
            if (latest.TryGetValue(result.StationId, out var previous) && previous.ContentHash == result.Hash)
            {
                unchanged.Add(previous.Id); // AsOf stays the first day this result held (history reads "score at month end")
                continue;
            }
            added.Add(NewSnapshot(result, runId, computedAt));
        }
        var addedStations = added.Select(a => a.StationId).ToList();

        await db.Database.InWriteTransactionAsync(async c =>
        {
            await LockStationsAsync(db, stationIds, c);
            await db.GradeSnapshots.Where(s => unchanged.Contains(s.Id)).ExecuteUpdateAsync(u => u.SetProperty(s => s.ComputedAt, computedAt), c);
            // Every latest row of a station with a new result gives way, not only the one read above: another writer may
            // have added one since (its row then stays as history), so a station never has two latest rows.
            await db.GradeSnapshots.Where(s => addedStations.Contains(s.StationId) && s.Year == year && s.IsLatest)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.IsLatest, false), c);
            if (statsChanged.Count > 0)
            {
                var changedIds = statsChanged.Select(r => r.StationId).ToList();
                await db.StationMonthStats.Where(s => changedIds.Contains(s.StationId) && s.Year == year).ExecuteDeleteAsync(c);
                await InsertMonthStatsAsync(db, [.. statsChanged.SelectMany(r => r.MonthStats)], c);
            }
            if (added.Count > 0)
            {
                db.GradeSnapshots.AddRange(added);
                await db.SaveChangesAsync(c);
            }
        }, ct);
        db.ChangeTracker.Clear();
    }

    /// <summary>
    /// One writer per station at a time. SQLite's write transaction already is one for the whole file; on PostgreSQL two
    /// servers may write the same station at once (a save's regrade on one, a nightly batch on the other), so each
    /// station is locked for the transaction, in id order so that two batches cannot deadlock.
    /// </summary>
    private static async Task LockStationsAsync(AppDbContext db, IEnumerable<int> stationIds, CancellationToken ct)
    {
        if (db.Database.IsSqlite())
        {
            return;
        }
        foreach (var stationId in stationIds.Order())
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({StationWriteLock}, {stationId})", ct);
        }
    }

    /// <summary>The first key of the per-station write lock (PostgreSQL advisory locks of two int keys; GradingRuns uses a one-key lock).</summary>
    private const int StationWriteLock = 0x47524144; // "GRAD"

    private static bool SameStats(IEnumerable<StationMonthStat> stored, IReadOnlyList<StationMonthStat> computed)
    {
        var byMonth = stored.ToDictionary(s => s.Month);
        return byMonth.Count == computed.Count && computed.All(c => byMonth.TryGetValue(c.Month, out var s)
            && (s.Due, s.OnTime, s.Late, s.Missing, s.Pending) == (c.Due, c.OnTime, c.Late, c.Missing, c.Pending)
            && (double)s.RiskDeduction == (double)c.RiskDeduction); // stored as a double (AppDbContext's decimal convention)
    }

    /// <summary>
    /// Month statistics (12 small rows per station, all ints and one double) without the change tracker, which cost
    /// ≈ 0.1 ms a row — the largest part of a first run's write. On SQLite one prepared single-row INSERT is executed per
    /// row (Microsoft.Data.Sqlite binds every parameter of a command to each statement by name, so multi-row statements
    /// bind in rows² time); elsewhere multi-row INSERTs save round trips. The values are the CLR types EF itself binds
    /// (the decimal as the double of AppDbContext's convention), so the rows are those <c>SaveChanges</c> would write.
    /// </summary>
    private static async Task InsertMonthStatsAsync(AppDbContext db, IReadOnlyList<StationMonthStat> stats, CancellationToken ct)
    {
        var entity = db.Model.FindEntityType(typeof(StationMonthStat))!;
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var sql = db.Database.GetService<ISqlGenerationHelper>();
        string[] properties = [nameof(StationMonthStat.StationId), nameof(StationMonthStat.Year), nameof(StationMonthStat.Month), nameof(StationMonthStat.Due),
            nameof(StationMonthStat.OnTime), nameof(StationMonthStat.Late), nameof(StationMonthStat.Missing), nameof(StationMonthStat.Pending), nameof(StationMonthStat.RiskDeduction)];
        var columns = string.Join(", ", properties.Select(p => sql.DelimitIdentifier(entity.FindProperty(p)!.GetColumnName(table)!)));
        var sqlite = db.Database.IsSqlite();
        var rowsPerStatement = sqlite ? 1 : 100;
        var connection = db.Database.GetDbConnection();
        DbCommand? command = null;
        try
        {
            foreach (var chunk in stats.Chunk(rowsPerStatement))
            {
                if (command is null || command.Parameters.Count != chunk.Length * properties.Length)
                {
                    if (command is not null)
                    {
                        await command.DisposeAsync();
                    }
                    command = connection.CreateCommand();
                    command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
                    var rows = Enumerable.Range(0, chunk.Length).Select(r => "(" + string.Join(", ", properties.Select((_, c) => $"@p{r * properties.Length + c}")) + ")");
                    command.CommandText = $"INSERT INTO {sql.DelimitIdentifier(table.Name, table.Schema)} ({columns}) VALUES {string.Join(", ", rows)}";
                    for (var i = 0; i < chunk.Length * properties.Length; i++)
                    {
                        var parameter = command.CreateParameter();
                        parameter.ParameterName = $"@p{i}";
                        command.Parameters.Add(parameter);
                    }
                    if (sqlite)
                    {
                        await command.PrepareAsync(ct); // Npgsql prepares only parameters with a type or a value: its statements are multi-row instead
                    }
                }
                var at = 0;
                foreach (var s in chunk)
                {
                    foreach (var value in (object[])[s.StationId, s.Year, s.Month, s.Due, s.OnTime, s.Late, s.Missing, s.Pending, (double)s.RiskDeduction])
                    {
                        command.Parameters[at++].Value = value;
                    }
                }
                await command.ExecuteNonQueryAsync(ct);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private static GradeSnapshot NewSnapshot(GradedStation result, long? runId, DateTime computedAt)
    {
        var grade = result.Grade;
        return new GradeSnapshot
        {
            StationId = result.StationId,
            Year = grade.Year,
            SchemeCode = grade.SchemeCode,
            SchemeVersion = grade.SchemeVersion,
            AsOf = grade.AsOf,
            IsFinal = grade.IsFinal,
            IsLatest = true,
            ComputedAt = computedAt,
            JobRunId = runId,
            BaseScore = grade.BaseScore,
            BonusScore = grade.BonusScore,
            Total = grade.Total,
            GradeCode = grade.Grade.Code,
            GradeLabel = grade.Grade.Label,
            ContentHash = result.Hash,
            ItemsJson = result.ItemsJson,
            CalendarJson = result.CalendarJson,
        };
    }

    /// <summary>Cells counted in the month they fall due; incident deductions in the month the incident happened.</summary>
    public static StationMonthStat[] MonthStats(StationFacts facts, StationGrade grade)
    {
        var stats = Enumerable.Range(1, 12).Select(m => new StationMonthStat { StationId = facts.StationId, Year = grade.Year, Month = m }).ToArray();
        foreach (var cell in grade.Calendar.Where(c => c.DueDate.Year == grade.Year))
        {
            var stat = stats[cell.DueDate.Month - 1];
            switch (cell.Status)
            {
                case ObligationStatus.OnTime: stat.OnTime++; stat.Due++; break;
                case ObligationStatus.Late: stat.Late++; stat.Due++; break;
                case ObligationStatus.Missing: stat.Missing++; stat.Due++; break;
                case ObligationStatus.Pending: stat.Pending++; break;
            }
        }
        var incidents = grade.Items.Where(i => i.Rule == RuleKind.PerEvent).SelectMany(i => i.Gaps).ToList();
        if (incidents.Count > 0)
        {
            var eventDates = facts.Records.ToDictionary(r => r.Id, r => r.EventDate);
            foreach (var gap in incidents)
            {
                if (gap.RecordIds is [var id, ..] && eventDates.TryGetValue(id, out var date) && date.Year == grade.Year)
                {
                    stats[date.Month - 1].RiskDeduction += gap.PointsLost;
                }
            }
        }
        return stats;
    }
}

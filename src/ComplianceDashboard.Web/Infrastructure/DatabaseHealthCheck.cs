using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// /healthz: Unhealthy when the database cannot be opened, Degraded when it can be read but not written (disk full,
/// read-only file, I/O error), else Healthy.
/// </summary>
/// <remarks>
/// The write probe commits a real write to the main database: it rewrites <c>PRAGMA user_version</c> with its own
/// value (nothing reads it: EF Core keeps its migrations in a table), in a BEGIN IMMEDIATE transaction. In WAL mode
/// a transaction that is rolled back writes nothing to disk, so a probe that rolls back (or one on a TEMP table,
/// which may live in memory) says Healthy on a full disk; the committed header change appends a WAL frame and fails
/// with SQLITE_FULL exactly when a user's save would. Checked on a really full tmpfs (docs/security.md). It costs one
/// page in the WAL per poll, which the next checkpoint reclaims. A probe that finds another writer busy is not a fault.
/// </remarks>
public sealed partial class DatabaseHealthCheck(IDbContextFactory<AppDbContext> factory, ILogger<DatabaseHealthCheck> logger) : IHealthCheck
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var sqlite = db.Database.IsSqlite();
        var name = sqlite ? "SQLite" : "PostgreSQL";
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy($"{name} not reachable");
            }
        }
        catch (Exception ex)
        {
            return HealthCheckResult.Unhealthy($"{name} error", ex);
        }
        if (!sqlite)
        {
            return await CheckPostgreSqlAsync(db, cancellationToken);
        }
        try
        {
            await WriteProbeAsync(db, cancellationToken);
            return HealthCheckResult.Healthy("SQLite reachable and writable");
        }
        catch (Exception ex) when (DatabaseWriteFailure.Find(ex) is { } failure)
        {
            LogNotWritable(failure, failure.SqliteErrorCode);
            return HealthCheckResult.Degraded(DatabaseWriteFailure.IsDiskFull(failure)
                ? "SQLite readable but not writable: database or disk is full"
                : $"SQLite readable but not writable (SQLite error {failure.SqliteErrorCode})", failure);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6) // SQLITE_BUSY, SQLITE_LOCKED
        {
            return HealthCheckResult.Healthy("SQLite reachable; write probe skipped (another write in progress)");
        }
    }

    /// <summary>PostgreSQL: reachable, and Degraded on a read-only server (a standby); a full disk is the DBA's alarm (ADR-017).</summary>
    private static async Task<HealthCheckResult> CheckPostgreSqlAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            var readOnly = await db.Database.SqlQueryRaw<bool>("SELECT pg_is_in_recovery() AS \"Value\"").SingleAsync(ct);
            return readOnly
                ? HealthCheckResult.Degraded("PostgreSQL reachable but read-only (a standby server)")
                : HealthCheckResult.Healthy("PostgreSQL reachable and writable");
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL error", ex);
        }
    }

    // BEGIN IMMEDIATE waits for another writer up to the connection's DefaultTimeout (not EF's command timeout): both
    // are shortened for the probe and restored, since the pooled context keeps its connection.
    private static async Task WriteProbeAsync(AppDbContext db, CancellationToken ct)
    {
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        var (defaultTimeout, commandTimeout) = (connection.DefaultTimeout, db.Database.GetCommandTimeout());
        connection.DefaultTimeout = (int)ProbeTimeout.TotalSeconds;
        db.Database.SetCommandTimeout(ProbeTimeout);
        try
        {
            await db.Database.InWriteTransactionAsync(async c => // BEGIN IMMEDIATE … COMMIT
            {
                var version = await db.Database.SqlQueryRaw<long>("SELECT user_version AS Value FROM pragma_user_version").SingleAsync(c);
#pragma warning disable EF1003 // PRAGMA takes no parameters; the value is a number we just read
                await db.Database.ExecuteSqlRawAsync("PRAGMA user_version = " + version.ToString(CultureInfo.InvariantCulture), c);
#pragma warning restore EF1003
            }, ct);
        }
        finally
        {
            connection.DefaultTimeout = defaultTimeout;
            db.Database.SetCommandTimeout(commandTimeout);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Health check: the database cannot be written (SQLite error {Code})")]
    private partial void LogNotWritable(Exception ex, int code);
}

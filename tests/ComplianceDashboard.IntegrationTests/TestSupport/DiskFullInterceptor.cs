using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// Makes the database behave as on a full disk while <see cref="Enabled"/>, the way SQLite really does (observed on a
/// full tmpfs, docs/security.md): reads work; statements inside a transaction run (their pages stay in the cache) but
/// the COMMIT fails with SQLITE_FULL and SQLite rolls the whole transaction back itself; a write outside a transaction
/// fails at once. Registered in the test host as an EF Core interceptor (DatabaseSetup adds every IInterceptor in DI).
/// </summary>
public sealed partial class DiskFullInterceptor : CommandRefusal, IDbTransactionInterceptor
{
    private int _failures;

    public bool Enabled { get; set; }

    /// <summary>
    /// False (default): Microsoft.Data.Sqlite learns that SQLite rolled back, as it does after a real failed COMMIT.
    /// True: it does not (as with older providers, or a fault raised before its Commit runs), so disposing the
    /// transaction issues a second ROLLBACK that fails with "cannot rollback - no transaction is active".
    /// </summary>
    public bool RollbackUnnoticed { get; set; }

    /// <summary>Writes refused so far (statements and commits).</summary>
    public int Failures => _failures;

    public static SqliteException Full() => new("SQLite Error 13: 'database or disk is full'.", 13);

    public InterceptionResult TransactionCommitting(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result)
    {
        FailCommit(transaction);
        return result;
    }

    public ValueTask<InterceptionResult> TransactionCommittingAsync(DbTransaction transaction, TransactionEventData eventData, InterceptionResult result, CancellationToken cancellationToken = default)
    {
        FailCommit(transaction);
        return ValueTask.FromResult(result);
    }

    // A single statement in autocommit mode is its own transaction: it fails as its commit would.
    protected override void BeforeExecuting(DbCommand command)
    {
        if (Enabled && command.Connection is SqliteConnection connection && raw.sqlite3_get_autocommit(connection.Handle) != 0 && Write().IsMatch(command.CommandText))
        {
            Interlocked.Increment(ref _failures);
            throw Full();
        }
    }

    // What a COMMIT on a full disk does: SQLite cannot append to the WAL, rolls the transaction back and returns
    // SQLITE_FULL. The ROLLBACK here fires the provider's rollback hook, so it knows, unless RollbackUnnoticed.
    private void FailCommit(DbTransaction transaction)
    {
        if (!Enabled || transaction.Connection is not SqliteConnection connection)
        {
            return;
        }
        Interlocked.Increment(ref _failures);
        if (RollbackUnnoticed)
        {
            raw.sqlite3_rollback_hook(connection.Handle, null, null);
        }
        raw.sqlite3_exec(connection.Handle, "ROLLBACK");
        throw Full();
    }

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE|REPLACE|PRAGMA\s+\w+\s*=)", RegexOptions.IgnoreCase | RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Write();
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// Refuses the next <see cref="FailNext"/> statements that write a grading batch's result (an UPDATE of JobRunBatches),
/// as a database failing over or a busy file would: the statement never reaches the database.
/// </summary>
public sealed class BatchRecordFailures : DbCommandInterceptor
{
    private int _pending;
    private int _failed;

    /// <summary>Statements refused so far.</summary>
    public int Failed => _failed;

    public void FailNext(int count) => Interlocked.Exchange(ref _pending, count);

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        Refuse(command);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Refuse(command);
        return ValueTask.FromResult(result);
    }

    private void Refuse(DbCommand command)
    {
        if (!command.CommandText.Contains("UPDATE \"JobRunBatches\"", StringComparison.Ordinal))
        {
            return;
        }
        int pending;
        do
        {
            pending = Volatile.Read(ref _pending);
            if (pending <= 0)
            {
                return;
            }
        }
        while (Interlocked.CompareExchange(ref _pending, pending - 1, pending) != pending);
        Interlocked.Increment(ref _failed);
        throw new SqliteException("SQLite Error 5: 'database is locked' (refused by the test).", 5);
    }
}

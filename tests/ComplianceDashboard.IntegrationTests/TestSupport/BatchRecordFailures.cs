using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// Refuses the next <see cref="FailNext"/> statements that write a grading batch's result (an UPDATE of JobRunBatches),
/// as a database failing over or a busy file would: the statement never reaches the database.
/// </summary>
public sealed class BatchRecordFailures : CommandRefusal
{
    private int _pending;
    private int _failed;

    /// <summary>Statements refused so far.</summary>
    public int Failed => _failed;

    public void FailNext(int count) => Interlocked.Exchange(ref _pending, count);

    protected override void BeforeExecuting(DbCommand command)
    {
        if (!command.CommandText.Contains("UPDATE \"JobRunBatches\"", StringComparison.Ordinal))
        {
            return;
        }
        // Two statements at once may both pass the first check: the decrement decides (FailNext sets the count again).
        if (Volatile.Read(ref _pending) <= 0 || Interlocked.Decrement(ref _pending) < 0)
        {
            return;
        }
        Interlocked.Increment(ref _failed);
        throw new SqliteException("SQLite Error 5: 'database is locked' (refused by the test).", 5);
    }
}

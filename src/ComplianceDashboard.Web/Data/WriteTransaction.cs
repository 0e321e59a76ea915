using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ComplianceDashboard.Web.Data;

public static class WriteTransaction
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction and commits it. When anything fails, the exception that surfaces is
    /// the one that happened — e.g. SQLITE_FULL from the COMMIT — and never a failure of the clean-up after it.
    /// </summary>
    /// <remarks>
    /// A COMMIT that fails on a full disk makes SQLite roll the transaction back by itself. If the provider has not
    /// noticed (older Microsoft.Data.Sqlite versions, or an error raised before its Commit ran), the ROLLBACK it issues
    /// when the transaction is disposed fails with "cannot rollback - no transaction is active"; with a plain
    /// <c>await using</c> that exception, thrown from the implicit finally, replaces the real one. So on failure the
    /// transaction is disposed here and a database error of that clean-up is dropped: the original exception is rethrown.
    /// </remarks>
    public static async Task<T> InWriteTransactionAsync<T>(this DatabaseFacade database, Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        var tx = await database.BeginTransactionAsync(ct);
        T result;
        try
        {
            result = await work(ct);
            await tx.CommitAsync(ct);
        }
        catch
        {
            try
            {
                await tx.DisposeAsync(); // rolls back whatever SQLite has not rolled back already
            }
            catch (DbException)
            {
                // SQLite had already ended the transaction: nothing left to roll back.
            }
            throw;
        }
        await tx.DisposeAsync();
        return result;
    }

    /// <inheritdoc cref="InWriteTransactionAsync{T}"/>
    public static Task InWriteTransactionAsync(this DatabaseFacade database, Func<CancellationToken, Task> work, CancellationToken ct = default) =>
        database.InWriteTransactionAsync(async c =>
        {
            await work(c);
            return true;
        }, ct);
}

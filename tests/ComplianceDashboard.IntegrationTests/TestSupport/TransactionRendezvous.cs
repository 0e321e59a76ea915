using System.Data.Common;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// Makes concurrent commands meet before they write: <see cref="RunTogetherAsync{T}"/> starts them at once, and the
/// first write of each (a transaction it begins, or an INSERT, UPDATE or DELETE outside one) waits until all of them
/// have got that far, so each has read the state it checks before any of them saves — what a double click or two users
/// on the same item do at worst. Once they have met, nothing more is held. Other callers (background jobs) are never
/// held. Registered in the test host as an EF Core interceptor (<see cref="RendezvousApp"/>).
/// </summary>
public sealed partial class TransactionRendezvous : DbCommandInterceptor, IDbTransactionInterceptor
{
    private readonly AsyncLocal<Meeting?> _meeting = new();

    public async Task<T[]> RunTogetherAsync<T>(params Func<Task<T>>[] commands)
    {
        var meeting = new Meeting(commands.Length);
        return await Task.WhenAll(commands.Select(command => Task.Run(async () =>
        {
            _meeting.Value = meeting;
            return await command();
        })));
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        await ArriveAsync(cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        await ArriveIfWriteAsync(command, cancellationToken);
        return result;
    }

    public override async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await ArriveIfWriteAsync(command, cancellationToken);
        return result;
    }

    private Task ArriveIfWriteAsync(DbCommand command, CancellationToken ct) => Write().IsMatch(command.CommandText) ? ArriveAsync(ct) : Task.CompletedTask;

    private Task ArriveAsync(CancellationToken ct) => _meeting.Value is { } meeting ? meeting.ArriveAsync(ct) : Task.CompletedTask;

    [GeneratedRegex(@"^\s*(INSERT|UPDATE|DELETE)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Write();

    private sealed class Meeting(int parties)
    {
        private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private int _arrived;

        public Task ArriveAsync(CancellationToken ct)
        {
            if (Interlocked.Increment(ref _arrived) == parties)
            {
                _all.TrySetResult();
            }
            return _all.Task.WaitAsync(TimeSpan.FromSeconds(30), ct);
        }
    }
}

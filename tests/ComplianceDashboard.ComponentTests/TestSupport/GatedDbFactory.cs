using ComplianceDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.ComponentTests.TestSupport;

/// <summary>
/// A context factory over a real database whose next <see cref="CreateDbContextAsync"/> can be held until the test
/// releases it: the page's read then yields as every read does on PostgreSQL, and the test sees what is drawn meanwhile.
/// </summary>
public sealed class GatedDbFactory(IDbContextFactory<AppDbContext> inner) : IDbContextFactory<AppDbContext>
{
    private Hold? _next;

    /// <summary>Holds the next asynchronous context creation until <see cref="Hold.Release"/>.</summary>
    public Hold HoldNext() => _next = new Hold();

    public AppDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _next, null) is { } hold)
        {
            hold.Arrived.TrySetResult();
            await hold.Released.Task.WaitAsync(cancellationToken);
        }
        return inner.CreateDbContext();
    }

    public sealed class Hold
    {
        internal TaskCompletionSource Arrived { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
        internal TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Completes once a read has reached the hold (and waits there).</summary>
        public Task Reached => Arrived.Task;

        public void Release() => Released.TrySetResult();
    }
}

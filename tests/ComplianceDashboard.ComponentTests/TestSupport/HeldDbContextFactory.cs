using ComplianceDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.ComponentTests.TestSupport;

/// <summary>
/// The app's context factory, except that while <see cref="Hold"/> is set a service gets its context only once the
/// test completes it: the save stays in flight, so the test can look at the form meanwhile.
/// </summary>
public sealed class HeldDbContextFactory(IDbContextFactory<AppDbContext> inner) : IDbContextFactory<AppDbContext>
{
    public TaskCompletionSource? Hold { get; set; }

    public AppDbContext CreateDbContext() => inner.CreateDbContext();

    public async Task<AppDbContext> CreateDbContextAsync(CancellationToken cancellationToken = default)
    {
        if (Hold is { } hold)
        {
            await hold.Task.WaitAsync(cancellationToken);
        }
        return await inner.CreateDbContextAsync(cancellationToken);
    }
}

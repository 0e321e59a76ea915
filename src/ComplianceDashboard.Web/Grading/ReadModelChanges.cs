using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceDashboard.Web.Grading;

/// <summary>
/// Tells <see cref="GradingNotifier.Changed"/> which cached read models a committed save made stale (an EF Core
/// interceptor on every context, so no save of the entities a card shows can forget it; docs/performance.md
/// "Sixth round"): a save of a
/// notification or a user → <see cref="ReadModels.Notifications"/>; a save of anything but the entities listed in
/// <see cref="NeverOnSideCards"/> → <see cref="ReadModels.SideCards"/>. Raised once the save has committed: at once
/// without an explicit transaction, else when the transaction commits (dropped when it rolls back).
/// </summary>
/// <remarks>
/// Bulk updates and deletes (<c>ExecuteUpdate</c>/<c>ExecuteDelete</c>) bypass it: the services that use them on data a
/// read model shows call <see cref="GradingNotifier.Changed"/> themselves (<c>NotificationService.MarkReadAsync</c>,
/// <c>HolidayService.DeleteAsync</c>).
/// </remarks>
public sealed class ReadModelChanges(GradingNotifier notifier) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>
    /// Entities no side card shows (grading output, sign-in and identity, notifications, integrity signals, meeting
    /// packs): saving them leaves the side cards alone. Everything else empties them — a new entity is safe by default.
    /// </summary>
    public static readonly IReadOnlySet<Type> NeverOnSideCards = new HashSet<Type>
    {
        typeof(GradeSnapshot), typeof(StationMonthStat), typeof(JobRun), typeof(JobRunBatch),
        typeof(AppUser), typeof(SignInAudit), typeof(UserStationScope), typeof(DataProtectionKey),
        typeof(IdentityRole), typeof(IdentityUserRole<string>), typeof(IdentityUserClaim<string>), typeof(IdentityUserLogin<string>),
        typeof(IdentityUserToken<string>), typeof(IdentityRoleClaim<string>),
        typeof(Notification), typeof(NotificationSetting), typeof(MailLogEntry),
        typeof(IntegritySignalRow), typeof(IntegrityExplanation), typeof(MeetingPack), typeof(MeetingPackFile),
    };

    private static readonly HashSet<Type> OnNotifications = [typeof(Notification), typeof(AppUser)];

    private sealed class Pending
    {
        public ReadModels Models;
    }

    // Per context (pooled contexts are reused; what is pending is raised or dropped at the end of each save or transaction).
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    /// <summary>The read models a save of these entities makes stale.</summary>
    public static ReadModels Affected(IEnumerable<Type> changedEntityTypes)
    {
        var models = ReadModels.None;
        foreach (var type in changedEntityTypes)
        {
            if (OnNotifications.Contains(type))
            {
                models |= ReadModels.Notifications;
            }
            if (type == typeof(Holiday))
            {
                models |= ReadModels.Holidays;
            }
            if (!NeverOnSideCards.Contains(type))
            {
                models |= ReadModels.SideCards;
            }
        }
        return models;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return ValueTask.FromResult(result);
    }

    // A failed save may have written part of its rows (e.g. batches before a failing one without a transaction): raised
    // as well, which at worst empties a cache once too often.
    public override void SaveChangesFailed(DbContextErrorEventData eventData) => RaiseUnlessInTransaction(eventData.Context);

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        RaiseUnlessInTransaction(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Raise(eventData.Context);

    Task IDbTransactionInterceptor.TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Raise(eventData.Context);
        return Task.CompletedTask;
    }

    void IDbTransactionInterceptor.TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    Task IDbTransactionInterceptor.TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        var models = Affected(context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType));
        if (models != ReadModels.None)
        {
            _pending.GetOrCreateValue(context).Models |= models;
        }
    }

    private void RaiseUnlessInTransaction(DbContext? context)
    {
        if (context is not null && context.Database.CurrentTransaction is null)
        {
            Raise(context);
        }
    }

    private void Raise(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending) && pending.Models != ReadModels.None)
        {
            var models = pending.Models;
            pending.Models = ReadModels.None;
            notifier.Changed(models);
        }
    }

    private void Drop(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var pending))
        {
            pending.Models = ReadModels.None;
        }
    }
}

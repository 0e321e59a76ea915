namespace ComplianceDashboard.Web.Features.Notifications;

public sealed record NotificationView(long Id, string Kind, string Title, string Body, string Url, DateOnly? DueDate, DateTime CreatedAt, bool IsRead);

/// <summary>The signed-in user's notifications, duties and mail setting; the administrators' send log.</summary>
public sealed class NotificationService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, AppClock clock, PersonalDuties duties,
    Microsoft.AspNetCore.Identity.UserManager<AppUser> users, Grading.SideCardCache cards, Grading.GradingNotifier notifier)
{
    private async Task<string?> UserIdAsync(AppDbContext db, CancellationToken ct)
    {
        var name = currentUser.UserName;
        return name.Length == 0 ? null : await db.Users.Where(u => u.UserName == name).Select(u => u.Id).FirstOrDefaultAsync(ct);
    }

    /// <summary>The bell's count, asked on every navigation and every minute of every circuit: one query.</summary>
    public async Task<int> UnreadCountAsync(CancellationToken ct = default)
    {
        var name = currentUser.UserName;
        if (name.Length == 0)
        {
            return 0;
        }
        // Kept between saves of notifications and users (SideCardCache); not cancelled with this caller, others may wait for it.
        return await cards.UnreadCountAsync(name, async () =>
        {
            await using var db = await dbFactory.CreateDbContextAsync();
            return await (from n in db.Notifications
                          join u in db.Users on n.UserId equals u.Id
                          where u.UserName == name && n.ReadAt == null
                          select n.Id).CountAsync();
        });
    }

    public async Task<IReadOnlyList<NotificationView>> ListAsync(bool unreadOnly, int take = 200, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = await UserIdAsync(db, ct);
        if (id is null)
        {
            return [];
        }
        return await db.Notifications.AsNoTracking().Where(n => n.UserId == id && (!unreadOnly || n.ReadAt == null))
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take)
            .Select(n => new NotificationView(n.Id, n.Kind, n.Title, n.Body, n.Url, n.DueDate, n.CreatedAt, n.ReadAt != null)).ToListAsync(ct);
    }

    /// <summary>Marks one of the caller's notifications read (null id: all of them); another user's is left alone.</summary>
    public async Task<int> MarkReadAsync(long? notificationId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = await UserIdAsync(db, ct) ?? throw new ForbiddenException("请先登录");
        var now = clock.UtcNow;
        var marked = await db.Notifications.Where(n => n.UserId == id && n.ReadAt == null && (notificationId == null || n.Id == notificationId))
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), ct);
        notifier.Changed(Grading.ReadModels.Notifications); // a bulk update: the interceptor does not see it
        return marked;
    }

    /// <summary>我的待办: the caller's duties (overdue within the lookback, and the next 30 days).</summary>
    public async Task<IReadOnlyList<PersonalDuty>> MyDutiesAsync(CancellationToken ct = default)
    {
        var user = currentUser.UserName.Length == 0 ? null : await users.FindByNameAsync(currentUser.UserName);
        if (user is null)
        {
            return [];
        }
        var person = new DutyRecipient(user.Id, user.UserName ?? "", currentUser.DisplayName, currentUser.Principal);
        var today = clock.Today;
        return await duties.ForAsync(person, today, today.AddDays(PersonalDuties.ViewHorizonDays), ct);
    }

    public async Task<bool> EmailEnabledAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = await UserIdAsync(db, ct);
        return id is not null && !await db.NotificationSettings.AnyAsync(s => s.UserId == id && !s.EmailEnabled, ct);
    }

    public async Task SetEmailEnabledAsync(bool enabled, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var id = await UserIdAsync(db, ct) ?? throw new ForbiddenException("请先登录");
        var setting = await db.NotificationSettings.FirstOrDefaultAsync(s => s.UserId == id, ct);
        if (setting is null)
        {
            setting = new NotificationSetting { UserId = id };
            db.NotificationSettings.Add(setting);
        }
        setting.EmailEnabled = enabled;
        setting.UpdatedAt = clock.UtcNow;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The send log, newest first (管理员 only).</summary>
    public async Task<IReadOnlyList<MailLogEntry>> MailLogAsync(int take = 500, CancellationToken ct = default)
    {
        currentUser.EnsureAdmin();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MailLog.AsNoTracking().OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Take(take).ToListAsync(ct);
    }
}

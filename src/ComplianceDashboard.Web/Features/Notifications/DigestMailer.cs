using System.Text;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>
/// Mails each person one digest a day of their notifications not mailed yet (never one mail per duty), when SMTP is
/// configured, the person has an address and has not turned mail off. Every attempt is logged (MailLog); a digest key
/// per person and day makes a second run send nothing.
/// </summary>
public sealed partial class DigestMailer(IDbContextFactory<AppDbContext> dbFactory, Mailer mailer, AppClock clock, ILogger<DigestMailer> logger)
{
    /// <summary>Notifications older than this are not mailed any more (e.g. after mail was turned back on).</summary>
    public const int MaxAgeDays = 7;

    public async Task<int> SendDailyAsync(DateOnly today, CancellationToken ct = default)
    {
        if (!mailer.Enabled)
        {
            return 0;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var since = clock.UtcNow.AddDays(-MaxAgeDays);
        var pending = await db.Notifications.AsNoTracking()
            .Where(n => n.MailedAt == null && n.Kind != "weekly" && n.CreatedAt >= since)
            .OrderBy(n => n.DueDate).ThenBy(n => n.Id).ToListAsync(ct);
        // Who can be mailed, read once for everyone with something pending (not per person).
        var userIds = pending.Select(n => n.UserId).Distinct().ToList();
        var optedOut = (await db.NotificationSettings.AsNoTracking().Where(s => userIds.Contains(s.UserId) && !s.EmailEnabled)
            .Select(s => s.UserId).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var recipients = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, StringComparer.Ordinal, ct);
        var sent = 0;
        foreach (var group in pending.GroupBy(n => n.UserId))
        {
            if (optedOut.Contains(group.Key) || !recipients.TryGetValue(group.Key, out var user))
            {
                continue;
            }
            var key = $"digest|{group.Key}|{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            var subject = $"清廉站所看板待办提醒（{today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}，共{group.Count()}项）";
            if (await SendToAsync(db, user, key, subject, Body(group.ToList()), group.Count(), ct))
            {
                var ids = group.Select(n => n.Id).ToList();
                var now = clock.UtcNow;
                await db.Notifications.Where(n => ids.Contains(n.Id)).ExecuteUpdateAsync(s => s.SetProperty(n => n.MailedAt, now), ct);
                sent++;
            }
        }
        return sent;
    }

    /// <summary>Sends one keyed mail to a user unless it went out already, they turned mail off or have no address; logs the attempt.</summary>
    public async Task<bool> SendAsync(AppDbContext db, string userId, string key, string subject, string body, int items, CancellationToken ct)
    {
        if (!mailer.Enabled)
        {
            return false;
        }
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId, ct);
        var optedOut = await db.NotificationSettings.AsNoTracking().AnyAsync(s => s.UserId == userId && !s.EmailEnabled, ct);
        return user is not null && !optedOut && await SendToAsync(db, user, key, subject, body, items, ct);
    }

    /// <summary>Sends one keyed mail to a user who has not turned mail off, unless it went out already or they have no address; logs the attempt.</summary>
    private async Task<bool> SendToAsync(AppDbContext db, AppUser user, string key, string subject, string body, int items, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(user.Email))
        {
            return false;
        }
        var userId = user.Id;
        var entry = await db.MailLog.FirstOrDefaultAsync(m => m.Key == key, ct);
        if (entry is { Status: "sent" })
        {
            return false;
        }
        if (entry is null)
        {
            entry = new MailLogEntry { Key = key, UserId = userId, UserName = user.UserName ?? "", Subject = subject, Status = "pending" };
            db.MailLog.Add(entry);
        }
        entry.ToAddress = user.Email;
        entry.Subject = subject;
        entry.ItemCount = items;
        entry.CreatedAt = clock.UtcNow;
        try
        {
            await mailer.SendAsync(user.DisplayName, user.Email, subject, body, ct);
            entry.Status = "sent";
            entry.Error = null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, user.UserName ?? userId);
            entry.Status = "failed";
            entry.Error = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
        }
        await db.SaveChangesAsync(ct);
        return entry.Status == "sent";
    }

    private static string Body(IReadOnlyList<Notification> items)
    {
        var text = new StringBuilder("您好，以下事项需要您关注：\n\n");
        var n = 0;
        foreach (var item in items)
        {
            text.Append(CultureInfo.InvariantCulture, $"{++n}. {item.Title}\n   {item.Body}\n");
        }
        text.Append("\n请登录清廉供电站所“服务+监督”看板办理。如不需要邮件提醒，可在“通知设置”中关闭。\n");
        return text.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail to {UserName} failed")]
    private partial void LogFailed(Exception e, string userName);
}

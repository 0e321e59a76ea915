using System.Text;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>
/// The daily run: for every active user, their duties → the reminders due today (lead times, overdue) → notifications
/// with a unique key (a second run, or a run after a restart, adds nothing) → one mail digest per person and day.
/// </summary>
public sealed partial class ReminderRun(
    IDbContextFactory<AppDbContext> dbFactory,
    PersonalDuties duties,
    AppClock clock,
    IOptions<NotificationOptions> options,
    DigestMailer digests,
    ILogger<ReminderRun> logger)
{
    /// <summary>Returns how many notifications were added.</summary>
    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var leads = options.Value.LeadDays;
        var horizon = today.AddDays(Math.Max(0, leads.Max()));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = await db.Users.AsNoTracking().Where(u => !u.IsDisabled).OrderBy(u => u.UserName).ToListAsync(ct);
        var people = new List<DutyRecipient>(users.Count);
        foreach (var user in users)
        {
            people.Add(await duties.RecipientAsync(user));
        }
        var dutiesOfEach = await duties.ForEachAsync(people, today, horizon, ct);
        var added = 0;
        for (var i = 0; i < users.Count; i++)
        {
            var due = new List<Notification>();
            foreach (var duty in dutiesOfEach[i])
            {
                if (ReminderPlan.LeadFor(duty.DueDate, today, leads) is { } lead)
                {
                    due.Add(Reminder(users[i].Id, duty, lead, today));
                }
            }
            added += await AddNewAsync(db, users[i].Id, due, ct);
        }
        LogRun(added, users.Count);
        await digests.SendDailyAsync(today, ct);
        return added;
    }

    /// <summary>Adds the notifications whose key is not stored yet; the unique index stops a concurrent duplicate.</summary>
    internal static async Task<int> AddNewAsync(AppDbContext db, string userId, List<Notification> candidates, CancellationToken ct)
    {
        if (candidates.Count == 0)
        {
            return 0;
        }
        var keys = candidates.Select(n => n.Key).ToList();
        var existing = (await db.Notifications.Where(n => n.UserId == userId && keys.Contains(n.Key)).Select(n => n.Key).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var fresh = candidates.Where(n => !existing.Contains(n.Key)).DistinctBy(n => n.Key).ToList();
        if (fresh.Count == 0)
        {
            return 0;
        }
        db.Notifications.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear(); // another run stored them first: they exist, which is all that matters
            return 0;
        }
        db.ChangeTracker.Clear();
        return fresh.Count;
    }

    private Notification Reminder(string userId, PersonalDuty duty, int lead, DateOnly today)
    {
        var when = lead switch
        {
            ReminderPlan.Overdue => $"已逾期{today.DayNumber - duty.DueDate.DayNumber}天",
            0 => "今天到期",
            1 => "明天到期",
            _ => $"{duty.DueDate.DayNumber - today.DayNumber}天后到期",
        };
        var body = new StringBuilder();
        if (duty.StationName.Length > 0)
        {
            body.Append(duty.StationName).Append('：');
        }
        body.Append(duty.Title).Append("，截止").Append(duty.DueDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        if (duty.Detail.Length > 0)
        {
            body.Append('（').Append(duty.Detail).Append('）');
        }
        return new Notification
        {
            UserId = userId,
            Key = ReminderPlan.Key(userId, duty.Key, lead),
            Kind = lead == ReminderPlan.Overdue ? "overdue" : "reminder",
            StationId = duty.StationId,
            Title = $"【{when}】{duty.Title}",
            Body = body.ToString(),
            Url = duty.Url,
            DueDate = duty.DueDate,
            LeadDays = lead,
            CreatedAt = clock.UtcNow,
        };
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminders: {Added} new notifications for {Users} users")]
    private partial void LogRun(int added, int users);
}

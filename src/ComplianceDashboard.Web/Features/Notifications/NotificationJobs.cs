using Hangfire;

namespace ComplianceDashboard.Web.Features.Notifications;

/// <summary>The daily reminders and digests: reentrant (keyed notifications and mails are never repeated).</summary>
[AutomaticRetry(Attempts = 2)]
public sealed class DailyRemindersJob(ReminderRun run, StartupState startup) : StartupGatedJob(startup)
{
    public const string Id = "daily-reminders";

    protected override Task RunWhenReadyAsync() => run.RunAsync();
}

/// <summary>The 纪委 weekly summary: reentrant (one per leader and ISO week).</summary>
[AutomaticRetry(Attempts = 2)]
public sealed class WeeklySummaryJob(WeeklySummary summary, StartupState startup) : StartupGatedJob(startup)
{
    public const string Id = "weekly-summary";

    protected override Task RunWhenReadyAsync() => summary.RunAsync();
}

/// <summary>A start-up step: registers the two recurring jobs (cron and time zone from options).</summary>
public sealed class NotificationJobsStartup(IRecurringJobManager recurring, IOptions<NotificationOptions> options, AppClock clock) : IStartupStep
{
    public Task RunAsync(Action<string> progress, CancellationToken ct)
    {
        progress("正在登记待办提醒任务");
        var jobOptions = new RecurringJobOptions { TimeZone = clock.Zone, MisfireHandling = MisfireHandlingMode.Relaxed };
        recurring.AddOrUpdate<DailyRemindersJob>(DailyRemindersJob.Id, job => job.RunAsync(), options.Value.DailyCron, jobOptions);
        recurring.AddOrUpdate<WeeklySummaryJob>(WeeklySummaryJob.Id, job => job.RunAsync(), options.Value.WeeklyCron, jobOptions);
        return Task.CompletedTask;
    }
}

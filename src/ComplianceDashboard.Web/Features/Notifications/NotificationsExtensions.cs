namespace ComplianceDashboard.Web.Features.Notifications;

public static class NotificationsExtensions
{
    /// <summary>Personal duties (我的待办), reminders, in-app notifications, mail digests and the 纪委 weekly summary.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.AddValidatedOptions<NotificationOptions>(NotificationOptions.Section)
            .Validate(o => o.LeadDays.All(d => d is >= 0 and <= 60), "App:Notifications:LeadDays must be between 0 and 60");
        builder.AddValidatedOptions<SmtpOptions>(SmtpOptions.Section);
        builder.Services
            .AddScoped<IPersonalDutySource, StationDutySource>()
            .AddScoped<IPersonalDutySource, EvaluatorReviewSource>()
            .AddScoped<PersonalDuties>()
            .AddSingleton<Mailer>()
            .AddScoped<DigestMailer>()
            .AddScoped<ReminderRun>()
            .AddScoped<WeeklySummary>()
            .AddScoped<NotificationService>()
            .AddScoped<NotificationCounter>()
            .AddTransient<DailyRemindersJob>()
            .AddTransient<WeeklySummaryJob>()
            .AddSingleton<IStartupStep, NotificationJobsStartup>();
        return builder;
    }
}

using ComplianceDashboard.Web.Infrastructure.Startup;

namespace ComplianceDashboard.Web.Features.Notifications;

public static class NotificationsExtensions
{
    /// <summary>Personal duties (我的待办), reminders, in-app notifications, mail digests and the 纪委 weekly summary.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotificationOptions>()
            .Bind(builder.Configuration.GetSection(NotificationOptions.Section))
            .ValidateDataAnnotations()
            .Validate(o => o.LeadDays.All(d => d is >= 0 and <= 60), "App:Notifications:LeadDays must be between 0 and 60")
            .ValidateOnStart();
        builder.Services.AddOptions<SmtpOptions>()
            .Bind(builder.Configuration.GetSection(SmtpOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<IPersonalDutySource, StationDutySource>();
        builder.Services.AddScoped<IPersonalDutySource, EvaluatorReviewSource>();
        builder.Services.AddScoped<PersonalDuties>();
        builder.Services.AddSingleton<Mailer>();
        builder.Services.AddScoped<DigestMailer>();
        builder.Services.AddScoped<ReminderRun>();
        builder.Services.AddScoped<WeeklySummary>();
        builder.Services.AddScoped<NotificationService>();
        builder.Services.AddScoped<NotificationCounter>();
        builder.Services.AddTransient<DailyRemindersJob>();
        builder.Services.AddTransient<WeeklySummaryJob>();
        builder.Services.AddSingleton<IStartupStep, NotificationJobsStartup>();
        return builder;
    }
}

namespace ComplianceDashboard.Web.Features.Notifications;

public static class NotificationsExtensions
{
    /// <summary>Personal duties, reminders, notifications and mail digests.</summary>
    public static IHostApplicationBuilder AddNotifications(this IHostApplicationBuilder builder)
    {
        return builder;
    }
}

using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceDashboard.Web.Grading;

public static class GradingExtensions
{
    /// <summary>Rubric engine, snapshot writing and grading notifications (the Hangfire jobs that run it: <c>AddJobs</c>).</summary>
    public static IHostApplicationBuilder AddGrading(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddSingleton<SchemeGrader>()
            .AddSingleton<GradingNotifier>()
            .AddSingleton<GradingService>()
            .AddSingleton<GradingTrigger>();
        // PostgreSQL: the notifier's events reach the other servers (LISTEN/NOTIFY); on SQLite it stops at once.
        builder.Services.AddSingleton<PostgreSqlGradingNotifications>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<PostgreSqlGradingNotifications>());
        // Read models between regrades; a hosted service so it subscribes to the notifier before any page does.
        builder.Services.AddSingleton<GradeReadCache>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GradeReadCache>());
        // The station page's side cards, the overdue findings and the bell's counts between the saves that change them:
        // every context reports its committed saves (an interceptor; DatabaseSetup adds every IInterceptor in DI).
        builder.Services.AddSingleton<ReadModelChanges>();
        builder.Services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<ReadModelChanges>());
        builder.Services.AddSingleton<SideCardCache>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SideCardCache>());
        return builder;
    }
}

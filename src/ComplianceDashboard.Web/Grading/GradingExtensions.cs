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
        return builder;
    }
}

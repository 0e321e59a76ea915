namespace ComplianceDashboard.Web.Grading;

public static class GradingExtensions
{
    /// <summary>Rubric engine and snapshot writing (the Hangfire jobs that run it: <c>AddJobs</c>).</summary>
    public static IHostApplicationBuilder AddGrading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<SchemeGrader>();
        builder.Services.AddSingleton<GradingNotifier>();
        builder.Services.AddSingleton<GradingService>();
        builder.Services.AddSingleton<GradingTrigger>();
        // Read models between regrades; a hosted service so it subscribes to the notifier before any page does.
        builder.Services.AddSingleton<GradeReadCache>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<GradeReadCache>());
        return builder;
    }
}

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
        return builder;
    }
}

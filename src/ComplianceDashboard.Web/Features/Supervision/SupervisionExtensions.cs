namespace ComplianceDashboard.Web.Features.Supervision;

public static class SupervisionExtensions
{
    /// <summary>Findings, 信访举报 cases, plans, metric targets and their dashboards (App:Supervision).</summary>
    public static IHostApplicationBuilder AddSupervision(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SupervisionOptions>()
            .Bind(builder.Configuration.GetSection(SupervisionOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<FindingService>();
        builder.Services.AddScoped<CaseService>();
        builder.Services.AddScoped<SupervisionDashboardService>();
        builder.Services.AddScoped<PlanService>();
        builder.Services.AddScoped<MetricTargetService>();
        builder.Services.AddSingleton<OverdueFindingsQuery>();
        return builder;
    }
}

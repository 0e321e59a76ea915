namespace ComplianceDashboard.Web.Features.Organisation;

public static class OrganisationExtensions
{
    /// <summary>Organisation services: scoped, because each asks the circuit's user what they may do.</summary>
    public static IHostApplicationBuilder AddOrganisation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddScoped<ServicePointService>();
        builder.Services.AddScoped<StaffingService>();
        builder.Services.AddScoped<ProjectSupervisorService>();
        builder.Services.AddScoped<AppointmentService>();
        builder.Services.AddScoped<DismissalService>();
        builder.Services.AddScoped<GroupService>();
        builder.Services.AddScoped<OrganisationOverviewService>();
        return builder;
    }
}

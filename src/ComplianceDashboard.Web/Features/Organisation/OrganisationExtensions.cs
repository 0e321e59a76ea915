namespace ComplianceDashboard.Web.Features.Organisation;

public static class OrganisationExtensions
{
    /// <summary>Organisation services: scoped, because each asks the circuit's user what they may do.</summary>
    public static IHostApplicationBuilder AddOrganisation(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services
            .AddScoped<ServicePointService>()
            .AddScoped<StaffingService>()
            .AddScoped<ProjectSupervisorService>()
            .AddScoped<AppointmentService>()
            .AddScoped<DismissalService>()
            .AddScoped<GroupService>()
            .AddScoped<OrganisationOverviewService>();
        return builder;
    }
}

namespace ComplianceDashboard.Web.Features.Connections;

public static class ConnectionExtensions
{
    /// <summary>业扩时限监督 (domain §9): options, clocks, services.</summary>
    public static IHostApplicationBuilder AddConnections(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<ConnectionOptions>()
            .Bind(builder.Configuration.GetSection(ConnectionOptions.Section))
            .Validate(o => o.Validate() is null, "App:Connections is invalid: department codes must be unique, non-empty and not start with 'S:'; limit keys are 'Stage.Class'")
            .ValidateOnStart();
        builder.Services
            .AddSingleton<ConnectionClockSource>()
            .AddScoped<ConnectionService>()
            .AddScoped<ConnectionImporter>()
            .AddScoped<ResponsibilitySheetService>()
            .AddScoped<CallBackService>()
            .AddScoped<MeetingService>()
            .AddScoped<HolidayService>()
            .AddScoped<ConnectionDashboardQuery>()
            .AddScoped<ConnectionFulfilmentQuery>()
            .AddScoped<Competition.IFulfilmentCaseSource, ConnectionFulfilmentSource>()
            .AddScoped<Stations.IStationDutySource, ConnectionDutySource>()
            .AddScoped<Notifications.IPersonalDutySource, ConnectionPersonalDutySource>();
        return builder;
    }
}

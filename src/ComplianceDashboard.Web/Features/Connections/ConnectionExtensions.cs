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
        builder.Services.AddSingleton<ConnectionClockSource>();
        builder.Services.AddScoped<ConnectionService>();
        builder.Services.AddScoped<ConnectionImporter>();
        builder.Services.AddScoped<ResponsibilitySheetService>();
        builder.Services.AddScoped<CallBackService>();
        builder.Services.AddScoped<MeetingService>();
        builder.Services.AddScoped<HolidayService>();
        builder.Services.AddScoped<ConnectionDashboardQuery>();
        builder.Services.AddScoped<ConnectionFulfilmentQuery>();
        builder.Services.AddScoped<Competition.IFulfilmentCaseSource, ConnectionFulfilmentSource>();
        builder.Services.AddScoped<Stations.IStationDutySource, ConnectionDutySource>();
        builder.Services.AddScoped<Notifications.IPersonalDutySource, ConnectionPersonalDutySource>();
        return builder;
    }
}

namespace ComplianceDashboard.Web.Features.Competition;

public static class CompetitionExtensions
{
    /// <summary>The MD-2006 competition: units, rounds, scoring and the 服务承诺兑现表 (the 业扩 module registers its <see cref="IFulfilmentCaseSource"/> for rows 6–11).</summary>
    public static IHostApplicationBuilder AddCompetition(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddScoped<FulfilmentService>()
            .AddScoped<CompetitionUnitService>()
            .AddScoped<CompetitionRoundService>()
            .AddScoped<CompetitionScoringService>();
        return builder;
    }
}

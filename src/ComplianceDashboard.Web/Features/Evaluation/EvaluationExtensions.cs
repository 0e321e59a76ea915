namespace ComplianceDashboard.Web.Features.Evaluation;

public static class EvaluationExtensions
{
    /// <summary>The annual evaluation workflow: rounds, sampling, review, finalisation, feedback, follow-up. Scoped: each asks the caller's <see cref="Infrastructure.Security.CurrentUser"/>.</summary>
    public static IHostApplicationBuilder AddEvaluation(this IHostApplicationBuilder builder)
    {
        builder.Services
            .AddScoped<EvaluationRoundService>()
            .AddScoped<EvidenceReviewService>()
            .AddScoped<FinalisationService>()
            .AddScoped<MonthlyPerformanceService>()
            .AddScoped<CorrectiveActionService>()
            .AddScoped<FeedbackService>();
        return builder;
    }
}

namespace ComplianceDashboard.Web.Features.Evaluation;

public static class EvaluationExtensions
{
    /// <summary>The annual evaluation workflow: rounds, sampling, review, finalisation, feedback, follow-up.</summary>
    public static IHostApplicationBuilder AddEvaluation(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<EvaluationRoundService>();
        builder.Services.AddSingleton<EvidenceReviewService>();
        builder.Services.AddSingleton<FinalisationService>();
        builder.Services.AddSingleton<MonthlyPerformanceService>();
        builder.Services.AddSingleton<CorrectiveActionService>();
        builder.Services.AddSingleton<FeedbackService>();
        return builder;
    }
}

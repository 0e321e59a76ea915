using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Evaluation;

/// <summary>One graded demo county (real SQLite, fixed clock) shared by the evaluation component tests; each test uses its own station.</summary>
[CollectionDefinition(Name)]
public sealed class EvaluationAppGroup : ICollectionFixture<EvaluationApp>
{
    public const string Name = "evaluation app";
}

/// <summary>
/// bUnit with the evaluation services of a real app (the integration tests' <see cref="EvaluationApp"/>): components
/// call the same services as in production, so their validation messages are the services' own.
/// </summary>
public abstract class EvaluationComponentTest : ComponentTest
{
    protected EvaluationComponentTest(EvaluationApp app)
    {
        App = app;
        foreach (var type in new[] { typeof(AppClock), typeof(IDbContextFactory<AppDbContext>) })
        {
            Services.AddSingleton(type, app.Services.GetRequiredService(type));
        }
        // The services of the app, built with its singletons but asking this context's (signed-in) CurrentUser.
        foreach (var type in new[]
        {
            typeof(EvaluationRoundService), typeof(EvidenceReviewService), typeof(FinalisationService), typeof(CorrectiveActionService),
            typeof(FeedbackService), typeof(MonthlyPerformanceService),
        })
        {
            Services.AddScoped(type, sp => ActivatorUtilities.CreateInstance(app.Services, type, sp.GetRequiredService<CurrentUser>()));
        }
    }

    protected EvaluationApp App { get; }

    /// <summary>Signs in the demo 考评员 (kaoping) with the policies an evaluator has.</summary>
    protected void SignInEvaluator()
    {
        var auth = SignIn("kaoping", Roles.Evaluator);
        auth.SetPolicies(Policies.Evaluate, Policies.ReadAll);
    }

    protected Task<EvaluationCaller> KaopingAsync() => App.AsUserAsync("kaoping");
}

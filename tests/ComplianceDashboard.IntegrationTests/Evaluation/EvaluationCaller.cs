using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Evaluation;

/// <summary>
/// The evaluation services of one DI scope signed in as a user (as a circuit's are): the services ask the scope's
/// <see cref="CurrentUser"/> who is calling, with the claims the real principal factory writes at sign-in.
/// </summary>
public sealed class EvaluationCaller(IServiceScope scope) : IDisposable
{
    public static async Task<EvaluationCaller> SignInAsync(TestApp app, string userName)
    {
        var scope = app.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var principals = scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<AppUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no user {userName}");
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(await principals.CreateAsync(user))));
        return new EvaluationCaller(scope);
    }

    public IServiceProvider Services => scope.ServiceProvider;

    public CurrentUser User => Get<CurrentUser>();

    public EvaluationRoundService Rounds => Get<EvaluationRoundService>();

    public EvidenceReviewService Review => Get<EvidenceReviewService>();

    public FinalisationService Finalisation => Get<FinalisationService>();

    public CorrectiveActionService Actions => Get<CorrectiveActionService>();

    public T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public void Dispose() => scope.Dispose();
}

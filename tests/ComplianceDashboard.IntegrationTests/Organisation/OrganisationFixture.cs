using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Organisation;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Organisation;

/// <summary>Signed-in DI scopes (as a circuit has) for calling the organisation services directly.</summary>
internal static class OrganisationFixture
{
    public static readonly DateOnly Today = DateOnly.FromDateTime(TestApp.FixedNow.UtcDateTime.AddHours(8));

    /// <summary>A DI scope whose AuthenticationStateProvider holds <paramref name="userName"/>.</summary>
    public static async Task<IServiceScope> SignedInScopeAsync(this TestApp app, string userName)
    {
        var scope = app.Services.CreateScope();
        var signIn = scope.ServiceProvider.GetRequiredService<SignInManager<AppUser>>();
        var user = await signIn.UserManager.FindByNameAsync(userName) ?? throw new InvalidOperationException($"no user {userName}");
        var principal = await signIn.CreateUserPrincipalAsync(user);
        var auth = (IHostEnvironmentAuthenticationStateProvider)scope.ServiceProvider.GetRequiredService<AuthenticationStateProvider>();
        auth.SetAuthenticationState(Task.FromResult(new AuthenticationState(principal)));
        return scope;
    }

    /// <summary>A 支部书记 of <paramref name="stationId"/> (created once per app).</summary>
    public static async Task<IServiceScope> SecretaryOfAsync(this TestApp app, int stationId)
    {
        var userName = $"shuji.org{stationId}";
        using (var probe = app.Services.CreateScope())
        {
            var users = probe.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            if (await users.FindByNameAsync(userName) is null)
            {
                await app.CreateUserAsync(userName, Web.Infrastructure.Security.Roles.Secretary, stationId);
            }
        }
        return await app.SignedInScopeAsync(userName);
    }

    public static T Get<T>(this IServiceScope scope) where T : notnull => scope.ServiceProvider.GetRequiredService<T>();

    public static async Task<int> NewPersonAsync(this IServiceScope scope, int stationId, string name)
    {
        var result = await scope.Get<StaffingService>().SavePersonAsync(stationId, new PersonInput { Name = name, JobTitle = "营销班班员" });
        Assert.True(result.Succeeded, string.Join("; ", result.Messages));
        return result.Value;
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// Re-checks an open circuit's user every <c>App:Security:RevalidateMinutes</c>: a deleted or disabled user, or a
/// changed security stamp (sign-out, password reset, new roles or stations) ends the circuit's access.
/// </summary>
public sealed class RevalidatingAuthenticationStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<SecurityOptions> security,
    IOptions<IdentityOptions> identity)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => TimeSpan.FromMinutes(security.Value.RevalidateMinutes);

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        return await IsStillValidAsync(users, authenticationState.User, identity.Value.ClaimsIdentity.SecurityStampClaimType);
    }

    internal static async Task<bool> IsStillValidAsync(UserManager<AppUser> users, ClaimsPrincipal principal, string stampClaimType)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || user.IsDisabled)
        {
            return false;
        }
        if (!users.SupportsUserSecurityStamp)
        {
            return true;
        }
        var stamp = principal.FindFirstValue(stampClaimType);
        return stamp == await users.GetSecurityStampAsync(user);
    }
}

using System.Security.Claims;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>A <see cref="CurrentUser"/> outside any host: the principal a circuit's authentication state would hold.</summary>
public static class TestCurrentUser
{
    public static CurrentUser For(ClaimsPrincipal principal) => new(new FixedAuthenticationState(principal), new HttpContextAccessor());

    /// <summary>A signed-in principal with <paramref name="roles"/> and station claims, as sign-in writes them.</summary>
    public static ClaimsPrincipal Principal(string userName, IEnumerable<string> roles, params int[] stations) =>
        new(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, userName),
                .. roles.Select(r => new Claim(ClaimTypes.Role, r)),
                .. stations.Select(s => new Claim(AppClaimTypes.Station, s.ToString(System.Globalization.CultureInfo.InvariantCulture))),
            ], "test"));

    /// <summary>An authentication state that is always <paramref name="principal"/>.</summary>
    public sealed class FixedAuthenticationState(ClaimsPrincipal principal) : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(principal));
    }
}

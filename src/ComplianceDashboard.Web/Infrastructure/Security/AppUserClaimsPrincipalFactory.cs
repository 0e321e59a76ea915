using System.Security.Claims;
using Microsoft.AspNetCore.Identity;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// Writes the display name and one <see cref="AppClaimTypes.Station"/> claim per station into the sign-in cookie,
/// so <see cref="StationScope"/> needs no database round trip. A change of roles or stations updates the user's
/// security stamp, which ends their cookie and open circuits within <c>App:Security:RevalidateMinutes</c>.
/// </summary>
public sealed class AppUserClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    IDbContextFactory<AppDbContext> factory)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(AppClaimTypes.DisplayName, string.IsNullOrWhiteSpace(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        await using var db = await factory.CreateDbContextAsync();
        var stations = await db.UserStationScopes.Where(s => s.UserId == user.Id).Select(s => s.StationId).OrderBy(id => id).ToListAsync();
        foreach (var id in stations)
        {
            identity.AddClaim(new Claim(AppClaimTypes.Station, id.ToString(CultureInfo.InvariantCulture), ClaimValueTypes.Integer32));
        }
        return identity;
    }
}

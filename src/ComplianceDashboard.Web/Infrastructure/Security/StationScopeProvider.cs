using Microsoft.AspNetCore.Components.Authorization;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>
/// The current user's <see cref="StationScope"/> in a Razor component (static or interactive): inject it and call
/// <see cref="GetAsync"/>. Minimal-API endpoints use <c>StationScope.For(httpContext.User)</c> or the
/// <see cref="StationEndpointExtensions.RequireStationRead"/> filter instead (there is no circuit there).
/// </summary>
public sealed class StationScopeProvider(AuthenticationStateProvider authentication)
{
    public async Task<StationScope> GetAsync()
    {
        var state = await authentication.GetAuthenticationStateAsync();
        return StationScope.For(state.User);
    }
}

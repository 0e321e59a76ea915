using Microsoft.AspNetCore.Authorization;
using RouteData = Microsoft.AspNetCore.Components.RouteData;

namespace ComplianceDashboard.Web.Infrastructure.Security;

/// <summary>The station named by the route value <c>stationId</c> must be readable (or writable) by the user.</summary>
public sealed record StationRequirement(bool Write) : IAuthorizationRequirement;

/// <summary>
/// Evaluates <see cref="Policies.StationRead"/>/<see cref="Policies.StationWrite"/> both for the HTTP request of a page
/// (resource: <see cref="HttpContext"/>) and for interactive navigation in a circuit (resource: <see cref="RouteData"/>,
/// passed by AuthorizeRouteView).
/// </summary>
public sealed class StationAuthorizationHandler : AuthorizationHandler<StationRequirement>
{
    public const string RouteValue = "stationId";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, StationRequirement requirement)
    {
        var value = context.Resource switch
        {
            HttpContext http => http.Request.RouteValues.GetValueOrDefault(RouteValue),
            RouteData route => route.RouteValues.FirstOrDefault(v => string.Equals(v.Key, RouteValue, StringComparison.OrdinalIgnoreCase)).Value,
            _ => null,
        };
        if (StationEndpointExtensions.TryStationId(value, out var stationId))
        {
            var scope = StationScope.For(context.User);
            if (requirement.Write ? scope.CanWrite(stationId) : scope.CanRead(stationId))
            {
                context.Succeed(requirement);
            }
        }
        return Task.CompletedTask;
    }
}

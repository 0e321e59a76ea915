using System.Security.Claims;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components.Authorization;

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>What the signed-in user may do on the organisation screens (the services check again on every call).</summary>
public sealed record OrganisationActor(string UserName, StationScope Scope, bool IsSecretary, bool IsApprover)
{
    public bool CanRead(int stationId) => Scope.CanRead(stationId);

    /// <summary>The 支部书记 of the station maintains its service points, staffing, group and recommendations.</summary>
    public bool CanManage(int stationId) => IsSecretary && Scope.CanWrite(stationId);

    /// <summary>The company discipline committee (纪委领导) or an administrator reviews and approves appointments (§5.2.2.5).</summary>
    public bool CanApprove => IsApprover;

    public static OrganisationActor For(ClaimsPrincipal user) => new(
        user.Identity?.Name ?? "",
        StationScope.For(user),
        user.IsInRole(Roles.Secretary),
        user.IsInRole(Roles.DisciplineLeader) || user.IsInRole(Roles.Admin));
}

/// <summary>Resolves the <see cref="OrganisationActor"/> of the current circuit or request.</summary>
public sealed class OrganisationAccess(AuthenticationStateProvider authentication)
{
    public async Task<OrganisationActor> GetAsync() => OrganisationActor.For((await authentication.GetAuthenticationStateAsync()).User);

    public async Task<OrganisationActor> RequireReadAsync(int stationId)
    {
        var actor = await GetAsync();
        return actor.CanRead(stationId) ? actor : throw new UnauthorizedAccessException($"Station {stationId} is not readable by {actor.UserName}.");
    }

    public async Task<OrganisationActor> RequireManageAsync(int stationId)
    {
        var actor = await GetAsync();
        return actor.CanManage(stationId) ? actor : throw new UnauthorizedAccessException($"Station {stationId} is not managed by {actor.UserName}.");
    }
}

using System.Security.Claims;
using ComplianceDashboard.Web.Infrastructure.Security;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>
/// Who calls the integrity feature — the one place that reads the signed-in principal. 纪委领导 and 考评员 see every
/// station, 支部书记 their own; only 考评员 explain signals. Every service method checks it again.
/// </summary>
public sealed record IntegrityCaller(string UserName, StationScope Scope, bool CanView, bool CanExplain)
{
    /// <summary>Roles that open the integrity page (the page's [Authorize] and the menu use the same list).</summary>
    public const string ViewerRoles = Roles.DisciplineLeader + "," + Roles.Evaluator + "," + Roles.Secretary;

    public static IntegrityCaller From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var authenticated = user.Identity?.IsAuthenticated == true;
        var scope = StationScope.For(user);
        var canView = authenticated && (user.IsInRole(Roles.DisciplineLeader) || user.IsInRole(Roles.Evaluator) || user.IsInRole(Roles.Secretary));
        return new IntegrityCaller(authenticated ? user.Identity!.Name ?? "" : "", scope, canView, canView && scope.IsEvaluator);
    }

    /// <summary>The stations whose signals the caller may read: null for all, else their own.</summary>
    public IReadOnlySet<int>? Stations => !CanView ? new HashSet<int>() : Scope.ReadsAllStations ? null : Scope.ReadableStationIds;

    public bool CanRead(int stationId) => CanView && Scope.CanRead(stationId);
}

/// <summary>The caller may not do this (pages show the refusal, endpoints answer 403).</summary>
public sealed class IntegrityForbiddenException(string message) : Exception(message);

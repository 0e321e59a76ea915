
namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>
/// Who may use the integrity feature — the one place that decides it, from <see cref="CurrentUser"/>. 纪委领导 and
/// 考评员 see every station, 支部书记 their own (their <see cref="StationScope"/>); only 考评员 explain signals.
/// </summary>
public static class IntegrityAccess
{
    /// <summary>Roles that open the integrity page (the pages' [Authorize] and the menu use the same list).</summary>
    public const string ViewerRoles = Roles.DisciplineLeader + "," + Roles.Evaluator + "," + Roles.Secretary;

    public static bool CanViewIntegrity(this CurrentUser user) =>
        user.IsDisciplineLeader || user.IsEvaluator || user.IsSecretary;

    public static bool CanExplainSignals(this CurrentUser user) => user.IsEvaluator && user.UserName.Length > 0;

    /// <summary>The caller's stations, as a filter on a query of signals (nothing at all for other roles).</summary>
    public static IQueryable<T> IntegrityScope<T>(this CurrentUser user, IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, int>> stationId) =>
        user.CanViewIntegrity() ? user.Scope.Filter(query, stationId) : query.Where(_ => false);
}

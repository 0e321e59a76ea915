namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// Who may use the supervision feature — the one place that decides it. Findings: 纪委领导, 考评员 and 管理员 read every
/// station, the station roles their own; 纪委领导 and the station's 支部书记/廉政监督员 register and close out, the
/// station's writers log rectification. Cases (信访举报): 纪委领导 handle them and alone see the reporter;
/// 考评员 and 管理员 read every case, a 支部书记 the cases about their stations — never the reporter (ADR-014).
/// </summary>
public static class SupervisionAccess
{
    public const string FindingViewerRoles = Roles.DisciplineLeader + "," + Roles.Evaluator + "," + Roles.Admin + "," + Roles.Secretary + "," + Roles.Supervisor + "," + Roles.CustomerManager;

    public const string CaseViewerRoles = Roles.DisciplineLeader + "," + Roles.Evaluator + "," + Roles.Admin + "," + Roles.Secretary;

    public static IQueryable<T> FindingScope<T>(this CurrentUser user, IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, int>> stationId) =>
        user.IsAuthenticated ? user.Scope.Filter(query, stationId) : query.Where(_ => false);

    /// <summary>Register a finding for the station: 纪委领导 anywhere, the station's 支部书记 or 廉政监督员.</summary>
    public static bool CanRegisterFinding(this CurrentUser user, int stationId) =>
        user.IsDisciplineLeader || ((user.IsSecretary || user.IsInRole(Roles.Supervisor)) && user.CanWrite(stationId));

    /// <summary>Log rectification and upload evidence: 纪委领导 or any writer of the station (the responsible unit).</summary>
    public static bool CanRectify(this CurrentUser user, int stationId) => user.IsDisciplineLeader || user.CanWrite(stationId);

    /// <summary>Close out (销号) and evaluate the effect: as for registering.</summary>
    public static bool CanCloseOut(this CurrentUser user, int stationId) => user.CanRegisterFinding(stationId);

    /// <summary>Re-open a closed-out finding: 纪委领导 only.</summary>
    public static bool CanReopen(this CurrentUser user) => user.IsDisciplineLeader;

    public static bool CanViewCases(this CurrentUser user) => user.IsDisciplineLeader || user.IsEvaluator || user.IsAdmin || user.IsSecretary;

    public static bool CanHandleCases(this CurrentUser user) => user.IsDisciplineLeader && user.UserName.Length > 0;

    /// <summary>The reporter's identity: 纪委领导 only, on the server.</summary>
    public static bool CanSeeReporter(this CurrentUser user) => user.IsDisciplineLeader;

    /// <summary>Cases the caller may read: all for the county roles, a secretary's stations' cases, nothing for others.</summary>
    public static IQueryable<ComplaintCase> CaseScope(this CurrentUser user, IQueryable<ComplaintCase> cases)
    {
        if (user.IsDisciplineLeader || user.IsEvaluator || user.IsAdmin)
        {
            return cases;
        }
        if (user.IsSecretary)
        {
            var own = user.Scope.WritableStationIds.ToList();
            return cases.Where(c => c.StationId != null && own.Contains(c.StationId.Value));
        }
        return cases.Where(_ => false);
    }
}

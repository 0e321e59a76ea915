namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// Who may use the 业扩 feature, decided from <see cref="CurrentUser"/>. 纪委领导, 考评员 and 管理员 read every station;
/// 支部书记 and 客户经理 their own. Applications are entered by the station's 支部书记 / 客户经理 or county staff
/// (考评员, 管理员); county acts — sheets, cooperation delays, meetings, call-back plans — by 考评员 and 管理员; the
/// holiday table by 管理员.
/// </summary>
public static class ConnectionAccess
{
    public const string ViewerRoles = Roles.DisciplineLeader + "," + Roles.Evaluator + "," + Roles.Admin + "," + Roles.Secretary + "," + Roles.CustomerManager;

    public static bool CanViewConnections(this CurrentUser user) =>
        user.IsDisciplineLeader || user.IsEvaluator || user.IsAdmin || user.IsSecretary || user.IsInRole(Roles.CustomerManager);

    public static bool IsCountyConnectionsStaff(this CurrentUser user) => (user.IsEvaluator || user.IsAdmin) && user.UserName.Length > 0;

    public static bool CanEditApplication(this CurrentUser user, int stationId) =>
        user.IsCountyConnectionsStaff() || ((user.IsSecretary || user.IsInRole(Roles.CustomerManager)) && user.CanWrite(stationId));

    /// <summary>The caller's stations as a filter (nothing at all for other roles).</summary>
    public static IQueryable<T> ConnectionScope<T>(this CurrentUser user, IQueryable<T> query, System.Linq.Expressions.Expression<Func<T, int>> stationId) =>
        user.CanViewConnections() ? user.Scope.Filter(query, stationId) : query.Where(_ => false);

    public static void EnsureCanViewConnections(this CurrentUser user)
    {
        if (!user.CanViewConnections())
        {
            throw new ForbiddenException("无权查看业扩时限监督");
        }
    }

    public static void EnsureCountyConnectionsStaff(this CurrentUser user)
    {
        if (!user.IsCountyConnectionsStaff())
        {
            throw new ForbiddenException("只有考评员和管理员可以执行此操作");
        }
    }
}

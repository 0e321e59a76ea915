namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>
/// Who may do what in a competition (ADR-013). 纪委领导, 考评员 and 管理员 read every unit; a 支部书记 is the user of
/// the units linked to their stations (station scope) and sees only those units' self-assessment and result.
/// Units without a station (营业窗口, 变电站, 客服中心) have no unit user: evaluators enter for them.
/// </summary>
public static class CompetitionAccess
{
    public const string ViewerRoles = Roles.DisciplineLeader + "," + Roles.Evaluator + "," + Roles.Admin + "," + Roles.Secretary;

    public static bool CanViewCompetition(this CurrentUser user) => user.ReadsAllStations || user.IsSecretary;

    /// <summary>Units and rounds are set up by 考评员 or 管理员.</summary>
    public static bool CanManageCompetition(this CurrentUser user) => (user.IsEvaluator || user.IsAdmin) && user.UserName.Length > 0;

    public static bool CanScore(this CurrentUser user) => user.IsEvaluator && user.UserName.Length > 0;

    /// <summary>The unit's own user: the 支部书记 of the linked station.</summary>
    public static bool IsUnitUser(this CurrentUser user, int? stationId) => stationId is { } s && user.IsSecretary && user.CanWrite(s);

    public static bool CanSeeUnit(this CurrentUser user, int? stationId) => user.ReadsAllStations || user.IsUnitUser(stationId);

    /// <summary>Fulfilment figures: 考评员, or the unit's own user.</summary>
    public static bool CanEnterFulfilment(this CurrentUser user, int? stationId) => user.CanScore() || user.IsUnitUser(stationId);

    /// <summary>The caller's units as a filter (all for readers of every station; the linked units of a 支部书记's stations).</summary>
    public static IQueryable<CompetitionUnit> VisibleUnits(this CurrentUser user, IQueryable<CompetitionUnit> units)
    {
        if (user.ReadsAllStations)
        {
            return units;
        }
        if (!user.IsSecretary)
        {
            return units.Where(_ => false);
        }
        var own = user.Scope.WritableStationIds.ToList();
        return units.Where(u => u.StationId != null && own.Contains(u.StationId.Value));
    }

    public static void EnsureCanView(this CurrentUser user)
    {
        if (!user.CanViewCompetition())
        {
            throw new ForbiddenException("无权查看竞赛评比");
        }
    }
}

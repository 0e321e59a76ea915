using ComplianceDashboard.Web.Features.Overview;
using ComplianceDashboard.Web.Features.Report;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>
/// Everything the quarterly joint-meeting pack shows, read once from the same queries as the screens
/// (<see cref="OverviewQuery"/>, <see cref="StationGapsQuery"/>, <see cref="Stations.StationGradeQuery"/>), so the
/// Word report, the slides and the workbook carry exactly the numbers the report page shows for that quarter and scope.
/// </summary>
public sealed record MeetingPackData(
    DashboardPeriod Period,
    string ScopeLabel,
    DateOnly GeneratedOn,
    string Committee,
    OverviewData Overview,
    IReadOnlyList<PackRankingRow> Ranking,
    IReadOnlyList<StationGaps> BelowPass,
    PackRadar? Radar,
    IReadOnlyList<NextQuarterDuty> NextQuarter,
    IReadOnlyList<MeetingPackSectionContent> ExtraSections)
{
    /// <summary>Pass mark: stations below it are listed with what they miss.</summary>
    public const decimal PassScore = 60;

    public string QuarterLabel => $"{Period.Year}年第{"一二三四"[Period.Quarter!.Value - 1]}季度";

    public string Title => $"清廉供电站所“服务+监督”{QuarterLabel}联席会报告";

    public static string MonthLabel(int month) => $"{month}月";
}

/// <summary>A ranking row of the screen plus its change against the score at the end of the previous quarter.</summary>
public sealed record PackRankingRow(StationRanking Row, decimal? ChangeSincePreviousQuarter);

/// <summary>The level-1 radar of one station (the lowest-ranked in scope): percentage of each level-1 maximum.</summary>
public sealed record PackRadar(int StationId, string StationName, IReadOnlyList<(string Axis, decimal? Percent)> Axes);

/// <summary>A duty that falls due next quarter, summed over the stations in scope.</summary>
public sealed record NextQuarterDuty(string ObligationId, string Name, int Cells, int Stations, DateOnly FirstDue, decimal PointsAtStake);

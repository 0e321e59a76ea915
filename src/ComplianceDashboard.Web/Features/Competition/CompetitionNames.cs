namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>Chinese names of the competition's enums (the UI translates them through the resx).</summary>
public static class CompetitionNames
{
    public const string SchemeCode = "MD-2006";

    public static string Of(CompetitionUnitType type) => type switch
    {
        CompetitionUnitType.PowerSupplyStation => "供电所",
        CompetitionUnitType.BusinessWindow => "营业窗口",
        CompetitionUnitType.Substation => "变电站",
        _ => "客服中心",
    };

    public static string Of(CompetitionRoundStatus status) => status switch
    {
        CompetitionRoundStatus.SelfAssessment => "自评中",
        CompetitionRoundStatus.Scoring => "现场考评中",
        _ => "已定稿",
    };

    public static string Of(OpinionSource source) => source == OpinionSource.SocialSupervisor ? "社会监督员" : "电力客户";

    /// <summary>Points as shown: one decimal at most.</summary>
    public static string Points(decimal? points) => points is { } p ? p.ToString("0.#", CultureInfo.InvariantCulture) : "—";

    /// <summary>A 0…1 rate as "97.5%".</summary>
    public static string Percent(decimal? rate) => rate is { } r ? (r * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";
}

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>
/// The numbers of QL-2022 §5.2.2 that the organisation screens enforce. Those the rubric also checks are read from
/// the scheme's check parameters, so the forms and the grading cannot disagree.
/// </summary>
public static class OrganisationRules
{
    private static readonly Scheme Scheme = Scheme.LoadEmbedded("QL-2022");

    /// <summary>Rubric item that costs points when a mandatory facility is missing (附表1).</summary>
    public static RubricItem FacilityItem { get; } = Scheme.GetItem("3");

    /// <summary>Mandatory facilities of 附表1: 门牌, 社区经理名片, 宣传折页, 办公桌椅, 智能服务终端(云终端).</summary>
    public static IReadOnlyList<FacilityKind> MandatoryFacilities { get; } =
        [.. FacilityItem.Check!.Parameters.GetStrings("facilities", []).Select(Enum.Parse<FacilityKind>)];

    /// <summary>Rubric item 7: a vacancy must be refilled within this many months (−2 per miss).</summary>
    public static RubricItem VacancyItem { get; } = Scheme.GetItem("7");

    public static int RefillMonths { get; } = VacancyItem.Check!.Parameters.GetInt("months", 1);

    public static int TermYears { get; } = Scheme.GetItem("5").Check!.Parameters.GetInt("maxTermYears", 2);

    public static int MaxConsecutiveTerms { get; } = Scheme.GetItem("5").Check!.Parameters.GetInt("maxConsecutiveTerms", 2);

    public static int InactiveMonths { get; } = Scheme.GetItem("6").Check!.Parameters.GetInt("inactiveMonths", 6);

    public static int DismissWithinMonths { get; } = Scheme.GetItem("6").Check!.Parameters.GetInt("dismissWithinMonths", 1);

    public static RubricItem GroupItem { get; } = Scheme.GetItem("13");

    public static int MinGroupMembers { get; } = GroupItem.Check!.Parameters.GetInt("minMembers", 3);

    public static int MaxGroupMembers { get; } = GroupItem.Check!.Parameters.GetInt("maxMembers", 7);

    /// <summary>Normal group size is 3–5 (§5.2.2.4); more is allowed up to <see cref="MaxGroupMembers"/>.</summary>
    public const int NormalMaxGroupMembers = 5;

    /// <summary>Recommended or self-nominated candidates open at one time per station (§5.2.2.5).</summary>
    public const int MaxOpenCandidates = 2;

    /// <summary>A term ending within this many days is highlighted.</summary>
    public const int ExpiryWarningDays = 60;

    public static DateOnly TermEndFor(DateOnly termStart) => termStart.AddYears(TermYears).AddDays(-1);

    public static DateOnly RefillDeadline(DateOnly lastDayInPost) => lastDayInPost.AddMonths(RefillMonths);
}

namespace ComplianceDashboard.Web.Features.Organisation;

/// <summary>A value and its Chinese text for a drop-down.</summary>
public sealed record Choice<T>(T Value, string Text);

public static class OrgChoices
{
    public static IReadOnlyList<Choice<VenueType>> Venues { get; } = [.. Enum.GetValues<VenueType>().Select(v => new Choice<VenueType>(v, OrganisationNames.Of(v)))];

    public static IReadOnlyList<Choice<PostRole>> PostRoles { get; } = [.. Enum.GetValues<PostRole>().Select(v => new Choice<PostRole>(v, ChineseNames.Of(v)))];

    public static IReadOnlyList<Choice<VacancyReason>> EndReasons { get; } = [.. Enum.GetValues<VacancyReason>().Select(v => new Choice<VacancyReason>(v, OrganisationNames.Of(v)))];

    public static IReadOnlyList<Choice<GroupRole>> GroupRoles { get; } = [.. Enum.GetValues<GroupRole>().Select(v => new Choice<GroupRole>(v, OrganisationNames.Of(v)))];

    public static IReadOnlyList<Choice<DismissalGround>> Grounds { get; } = [.. Enum.GetValues<DismissalGround>().Select(v => new Choice<DismissalGround>(v, OrganisationNames.Of(v)))];
}

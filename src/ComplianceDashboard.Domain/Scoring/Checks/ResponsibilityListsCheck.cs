namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>Item 8: a responsibility list (工作责任清单) issued by the judge date for each role; one failure per role without one.</summary>
public sealed class ResponsibilityListsCheck() : ConditionCheckBase("ResponsibilityLists", ListParameter("roles"))
{
    public override IEnumerable<string> ValidateParameters(CheckParameters parameters) =>
        base.ValidateParameters(parameters).Concat(EnumNames<PostRole>(parameters, "roles"));

    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var roles = parameters.GetStrings("roles", Enum.GetNames<PostRole>()).Select(Enum.Parse<PostRole>);
        var failures = new List<CheckFailure>();
        foreach (var role in roles)
        {
            if (!context.Facts.ResponsibilityLists.Any(l => l.Role == role && l.IssuedOn <= context.Clock.JudgeDate))
                failures.Add(new CheckFailure($"未编制{ChineseNames.Of(role)}工作责任清单", []));
        }
        return CheckOutcome.From(failures, [], "客户经理、廉政监督员工作责任清单齐全");
    }
}

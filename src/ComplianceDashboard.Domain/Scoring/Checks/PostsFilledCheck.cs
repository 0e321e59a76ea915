namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>Item 4: on the judge date each active point has a customer manager and a supervisor; one failure per empty post.</summary>
public sealed class PostsFilledCheck() : ConditionCheckBase("PostsFilled")
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var day = context.Clock.JudgeDate;
        var held = context.Facts.Assignments.Where(a => a.HoldsOn(day)).Select(a => (a.ServicePointId, a.Role)).ToHashSet();
        var failures = new List<CheckFailure>();
        foreach (var p in ActivePoints.On(context))
        {
            foreach (var role in Enum.GetValues<PostRole>())
            {
                if (!held.Contains((p.Id, role)))
                    failures.Add(new CheckFailure($"站点「{p.Name}」{day:yyyy-MM-dd}未配置{ChineseNames.Of(role)}", [], p.Id));
            }
        }
        return CheckOutcome.From(failures, [], "各站点均配置客户经理和廉政监督员");
    }
}

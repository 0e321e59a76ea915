namespace ComplianceDashboard.Domain.Scoring.Checks;

// Items 1–3: judged on the service points active on the judge date.
internal static class ActivePoints
{
    public static List<ServicePointFact> On(CheckContext c) =>
        [.. c.Facts.ServicePoints.Where(p => p.IsActiveOn(c.Clock.JudgeDate)).OrderBy(p => p.Id)];
}

/// <summary>Item 1: at least one active service point, each sitting in a venue (or a cloud point).</summary>
public sealed class ServicePointsHaveVenueCheck() : ConditionCheckBase("ServicePointsHaveVenue")
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var points = ActivePoints.On(context);
        if (points.Count == 0)
            return new([new CheckFailure("未设置驻村服务站点", [])], []);
        var failures = points.Where(p => p.Venue is null)
            .Select(p => new CheckFailure($"站点「{p.Name}」未明确依托场所", [], p.Id)).ToList();
        return CheckOutcome.From(failures, [], $"已设置{points.Count}个驻村服务站点");
    }
}

/// <summary>Item 2: every active point has a smart terminal and offers consultation, query and bill payment.</summary>
public sealed class ServicePointsHaveTerminalAndServicesCheck() : ConditionCheckBase("ServicePointsHaveTerminalAndServices")
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var failures = new List<CheckFailure>();
        foreach (var p in ActivePoints.On(context))
        {
            var lacks = new List<string>();
            if (!p.Facilities.Contains(FacilityKind.SmartTerminal)) lacks.Add("智能服务终端");
            if (!p.OffersConsultation) lacks.Add("用电咨询");
            if (!p.OffersQuery) lacks.Add("查询");
            if (!p.OffersBillPayment) lacks.Add("电费缴纳");
            if (lacks.Count > 0)
                failures.Add(new CheckFailure($"站点「{p.Name}」缺少{string.Join("、", lacks)}", [], p.Id));
        }
        return CheckOutcome.From(failures, [], "各站点均配备智能服务终端并提供咨询、查询、缴费服务");
    }
}

/// <summary>Item 3: every active point has all mandatory facilities (the list is a scheme parameter).</summary>
public sealed class MandatoryFacilitiesCheck() : ConditionCheckBase("MandatoryFacilities", ListParameter("facilities"))
{
    public override IEnumerable<string> ValidateParameters(CheckParameters parameters) =>
        base.ValidateParameters(parameters).Concat(EnumNames<FacilityKind>(parameters, "facilities"));

    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var required = parameters.GetStrings("facilities", []).Select(Enum.Parse<FacilityKind>).ToList();
        var failures = new List<CheckFailure>();
        foreach (var p in ActivePoints.On(context))
        {
            var missing = required.Where(f => !p.Facilities.Contains(f)).ToList();
            if (missing.Count > 0)
                failures.Add(new CheckFailure($"站点「{p.Name}」缺少{string.Join("、", missing.Select(ChineseNames.Of))}", [], p.Id));
        }
        return CheckOutcome.From(failures, [], "各站点基础设施配置齐全");
    }
}

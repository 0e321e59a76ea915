namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>
/// Item 26: in the evaluation year (up to the judge date) the station was recognised by villagers or village
/// enterprises <b>and</b> by higher leadership. The two recognitions may be two records (domain.md §4: "two
/// recognitions from the two sides suffice; they need not be one record"); one record with both flags also counts.
/// </summary>
public sealed class RecognitionBothCheck() : ConditionCheckBase("RecognitionBoth")
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var inYear = context.Records.OfKind(RecordKind.VillagerRecognition)
            .Where(r => context.Clock.InYearSoFar(r.EventDate))
            .OrderBy(r => r.EventDate).ThenBy(r => r.Id).ToList();
        var byVillagers = inYear.Where(r => r.RecognisedByVillagers).Select(r => r.Id).ToList();
        var byLeadership = inYear.Where(r => r.RecognisedByLeadership).Select(r => r.Id).ToList();
        var supporting = byVillagers.Concat(byLeadership).Distinct().ToList();
        return (byVillagers.Count > 0, byLeadership.Count > 0) switch
        {
            (true, true) => CheckOutcome.Pass("获得村民、村企及上级领导肯定", supporting),
            (true, false) => new([new CheckFailure("本年已获村民（村企）肯定，尚无上级领导肯定的记录", supporting)], supporting),
            (false, true) => new([new CheckFailure("本年已获上级领导肯定，尚无村民（村企）肯定的记录", supporting)], supporting),
            _ => new([new CheckFailure("本年无获得村民（村企）肯定或上级领导肯定的记录", [])], []),
        };
    }
}

/// <summary>Item 28: an innovation in the year with clear results that was promoted company-wide.</summary>
public sealed class InnovationPromotedCheck() : ConditionCheckBase("InnovationPromoted")
{
    protected override CheckOutcome Judge(CheckContext context, CheckParameters parameters)
    {
        var hits = context.Records.OfKind(RecordKind.Innovation)
            .Where(r => context.Clock.InYearSoFar(r.EventDate) && r.HasClearResults && r.PromotedCompanyWide)
            .Select(r => r.Id).ToList();
        return hits.Count > 0
            ? CheckOutcome.Pass("创新成果成效明显并在公司范围内推广", hits)
            : new([new CheckFailure("本年无成效明显且在公司推广的创新成果", [])], []);
    }
}

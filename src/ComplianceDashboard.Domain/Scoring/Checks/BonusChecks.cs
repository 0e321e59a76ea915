using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Domain.Schemes;

namespace ComplianceDashboard.Domain.Scoring.Checks;

/// <summary>Item 26: a recognition record in the year praised by villagers/village enterprises and by higher leadership.</summary>
public sealed class RecognitionBothCheck : ConditionCheckBase
{
    public override string Name => "RecognitionBoth";

    public override CheckOutcome Evaluate(CheckContext context, CheckParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hits = context.Records.OfKind(RecordKind.VillagerRecognition)
            .Where(r => context.Clock.InYearSoFar(r.EventDate) && r.RecognisedByVillagers && r.RecognisedByLeadership)
            .Select(r => r.Id).ToList();
        return hits.Count > 0
            ? CheckOutcome.Pass("获得村民、村企及上级领导肯定", hits)
            : new([new CheckFailure("本年无同时获得村民（村企）和上级领导肯定的记录", [])], []);
    }
}

/// <summary>Item 28: an innovation in the year with clear results that was promoted company-wide.</summary>
public sealed class InnovationPromotedCheck : ConditionCheckBase
{
    public override string Name => "InnovationPromoted";

    public override CheckOutcome Evaluate(CheckContext context, CheckParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(context);
        var hits = context.Records.OfKind(RecordKind.Innovation)
            .Where(r => context.Clock.InYearSoFar(r.EventDate) && r.HasClearResults && r.PromotedCompanyWide)
            .Select(r => r.Id).ToList();
        return hits.Count > 0
            ? CheckOutcome.Pass("创新成果成效明显并在公司范围内推广", hits)
            : new([new CheckFailure("本年无成效明显且在公司推广的创新成果", [])], []);
    }
}

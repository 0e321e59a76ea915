using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Supervision;

/// <summary>The demo county's supervision data: plans, findings in every state, cases through every channel and outcome, linked not added.</summary>
[Collection(ReadOnlyAppGroup.Name)]
public class DemoSupervisionTests(TestApp app)
{
    [Fact]
    public async Task The_demo_has_plans_findings_in_every_state_and_cases_through_every_channel_and_outcome()
    {
        using var scope = await app.SignedInScopeAsync("jiwei");
        var findings = await scope.ServiceProvider.GetRequiredService<FindingService>().ListAsync();
        Assert.Contains(findings, f => f.Overdue);
        Assert.Contains(findings, f => f.ClosedLate);
        Assert.Contains(findings, f => f.Status == FindingStatus.Closed && !f.ClosedLate);
        Assert.Contains(findings, f => f.Status == FindingStatus.Open && !f.Overdue);
        Assert.Single(findings, f => f.ReopenCount == 1);

        var cases = await scope.ServiceProvider.GetRequiredService<CaseService>().ListAsync();
        Assert.All(Enum.GetValues<CaseChannel>(), c => Assert.Contains(cases, x => x.Channel == c));
        Assert.All(Enum.GetValues<CaseOutcome>(), o => Assert.Contains(cases, x => x.Outcome == o));
        Assert.All(Enum.GetValues<CaseStatus>(), s => Assert.Contains(cases, x => x.Status == s));

        await using var db = app.CreateDbContext();
        Assert.Equal([RecordTestHelpers.Today.Year - 1, RecordTestHelpers.Today.Year], await db.SupervisionPlans.OrderBy(p => p.Year).Select(p => p.Year).ToListAsync());
        Assert.True(await db.SupervisionTaskInspections.AnyAsync());
        // Substantiated demo cases point to risk records that the demo county already had: none was created for them.
        var substantiated = cases.Where(c => c.Outcome is CaseOutcome.Substantiated or CaseOutcome.PartlySubstantiated).ToList();
        Assert.All(substantiated, c => Assert.NotNull(c.RiskRecordId));
        var linked = substantiated.Select(c => c.RiskRecordId!.Value).ToList();
        var records = await db.Records.Where(r => linked.Contains(r.Id)).ToListAsync();
        Assert.Equal(linked.Count, records.Count);
        Assert.All(records, r => Assert.True(CaseRules.IsRiskKind(r.Kind)));
    }
}

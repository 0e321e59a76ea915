using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>The facts a handover, an evaluation and an innovation must state, at their fields.</summary>
public class RecordStatedFieldsTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly DateOnly Day = new(2026, 10, 14);

    [Fact]
    public async Task A_handover_needs_its_customer_manager_and_whether_the_supervisor_acknowledged_it()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var input = await app.ValidInputAsync(RecordKind.LedgerHandover, Day);
        (input.HandedOverById, input.Acknowledged) = (null, null);

        var result = await scope.Records().CreateAsync(input, confirmDuplicate: true);

        Assert.Equal("请选择移交台账的驻村客户经理", result.ErrorFor(nameof(RecordInput.HandedOverById)));
        Assert.Equal("请说明廉政监督员是否已签收", result.ErrorFor(nameof(RecordInput.Acknowledged)));
    }

    [Fact]
    public async Task A_handover_from_the_supervisor_instead_of_the_customer_manager_is_refused()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var input = await app.ValidInputAsync(RecordKind.LedgerHandover, Day);
        input.HandedOverById = input.PersonId;

        var result = await scope.Records().CreateAsync(input, confirmDuplicate: true);

        Assert.Equal("该人员在该期间不是此服务站点的驻村客户经理", result.ErrorFor(nameof(RecordInput.HandedOverById)));
    }

    [Fact]
    public async Task An_evaluation_needs_its_result_and_an_innovation_its_stated_results()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var evaluation = await app.ValidInputAsync(RecordKind.SupervisorEvaluation, Day);
        evaluation.EvaluationResult = null;
        var innovation = await app.ValidInputAsync(RecordKind.Innovation, Day);
        (innovation.HasClearResults, innovation.PromotedCompanyWide) = (null, null);

        Assert.Equal("请选择考评结果（称职、基本称职或不称职）", (await scope.Records().CreateAsync(evaluation, confirmDuplicate: true)).ErrorFor(nameof(RecordInput.EvaluationResult)));
        var result = await scope.Records().CreateAsync(innovation, confirmDuplicate: true);
        Assert.Equal("请说明是否取得明显成效", result.ErrorFor(nameof(RecordInput.HasClearResults)));
        Assert.Equal("请说明是否已在全公司推广", result.ErrorFor(nameof(RecordInput.PromotedCompanyWide)));
    }

    [Fact]
    public async Task A_saved_handover_and_evaluation_keep_what_they_state()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var handover = await app.ValidInputAsync(RecordKind.LedgerHandover, Day);
        handover.Acknowledged = false;
        var evaluation = await app.ValidInputAsync(RecordKind.SupervisorEvaluation, Day);
        evaluation.EvaluationResult = EvaluationResult.BasicallyCompetent;

        var saved = await scope.Records().CreateAsync(handover, confirmDuplicate: true);
        var rated = await scope.Records().CreateAsync(evaluation, confirmDuplicate: true);

        Assert.True(saved.Succeeded && rated.Succeeded);
        await using var db = app.CreateDbContext();
        var h = await db.Records.SingleAsync(r => r.Id == saved.RecordId);
        Assert.Equal((handover.HandedOverById, false), (h.HandedOverById, h.Acknowledged));
        Assert.Equal(EvaluationResult.BasicallyCompetent, (await db.Records.SingleAsync(r => r.Id == rated.RecordId)).EvaluationResult);
        var loaded = await scope.Records().LoadInputAsync(saved.RecordId);
        Assert.Equal((handover.HandedOverById, (bool?)false), (loaded!.HandedOverById, loaded.Acknowledged));
    }

    [Fact]
    public async Task The_demo_county_records_who_handed_over_and_each_evaluations_result()
    {
        await using var db = app.CreateDbContext();
        Assert.True(await db.Records.AnyAsync(r => r.Kind == RecordKind.LedgerHandover && r.HandedOverById != null));
        Assert.True(await db.Records.AnyAsync(r => r.Kind == RecordKind.SupervisorEvaluation && r.EvaluationResult != null));
    }
}

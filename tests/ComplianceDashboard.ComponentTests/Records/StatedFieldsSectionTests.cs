using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Components.Shared;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Records.Sections;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>Who handed the ledger over and whether it was acknowledged, the evaluation's result, an innovation's stated results.</summary>
public class StatedFieldsSectionTests : ComponentTest
{
    [Fact]
    public void A_handover_asks_for_the_customer_manager_and_the_acknowledgement_and_shows_their_errors()
    {
        RenderProviders();
        var choices = new RecordFormChoices([new(1, "东村站点")], [new(7, "孙丽（东村站点）")], [], []) { Managers = [new(5, "陈立（东村站点）")] };
        var result = new RecordResult().Add(nameof(RecordInput.HandedOverById), "请选择移交台账的驻村客户经理").Add(nameof(RecordInput.Acknowledged), "请说明廉政监督员是否已签收");

        var cut = Render<LedgerSection>(p => p.Add(c => c.Input, new RecordInput { Kind = RecordKind.LedgerHandover }).Add(c => c.Choices, choices).Add(c => c.Form, Shown(result)));

        Assert.Contains("请选择移交台账的驻村客户经理", FieldOf(cut, "#HandedOverById"), StringComparison.Ordinal);
        Assert.Contains("请说明廉政监督员是否已签收", FieldOf(cut, "#Acknowledged"), StringComparison.Ordinal);
        Assert.Contains("签收的廉政监督员", cut.Markup, StringComparison.Ordinal);
        Assert.Contains("只有经站点廉政监督员签收的移交才计入第10项", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_demand_ledger_has_no_handover_fields()
    {
        RenderProviders();
        var cut = Render<LedgerSection>(p => p.Add(c => c.Input, new RecordInput { Kind = RecordKind.DemandLedger }).Add(c => c.Choices, RecordFormChoices.Empty));

        Assert.Empty(cut.FindAll("#HandedOverById"));
        Assert.Empty(cut.FindAll("#Acknowledged"));
    }

    [Fact]
    public void An_evaluation_asks_for_its_result_and_warns_that_incompetent_is_a_dismissal_ground()
    {
        RenderProviders();
        var input = new RecordInput { Kind = RecordKind.SupervisorEvaluation };
        var result = new RecordResult().Add(nameof(RecordInput.EvaluationResult), "请选择考评结果（称职、基本称职或不称职）");

        var cut = Render<RecordKindSection>(p => p.Add(c => c.Input, input).Add(c => c.Choices, RecordFormChoices.Empty).Add(c => c.Form, Shown(result)));
        Assert.Contains("请选择考评结果", FieldOf(cut, "#EvaluationResult"), StringComparison.Ordinal);
        Assert.DoesNotContain("解聘情形", cut.Markup, StringComparison.Ordinal);

        input.EvaluationResult = EvaluationResult.Incompetent;
        cut.Render();
        Assert.Contains("考评不称职是解聘情形：须在一个月内解聘，否则第6项不得分", cut.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void An_innovation_asks_for_both_results_with_no_default()
    {
        RenderProviders();
        var input = new RecordInput { Kind = RecordKind.Innovation };
        var result = new RecordResult().Add(nameof(RecordInput.HasClearResults), "请说明是否取得明显成效");

        var cut = Render<RecordKindSection>(p => p.Add(c => c.Input, input).Add(c => c.Choices, RecordFormChoices.Empty).Add(c => c.Form, Shown(result)));

        Assert.Contains("请说明是否取得明显成效", FieldOf(cut, "#HasClearResults"), StringComparison.Ordinal);
        Assert.NotEmpty(cut.FindAll("#PromotedCompanyWide"));
        Assert.Empty(cut.FindAll("input[type=checkbox]"));
        Assert.Null(input.HasClearResults);
    }

    private static string FieldOf<T>(IRenderedComponent<T> cut, string inputSelector) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find(inputSelector).Closest(".mud-input-control")!.TextContent;

    /// <summary>The service's result as the form shows it.</summary>
    private FormErrors Shown(CommandResult result)
    {
        var form = Services.GetRequiredService<FormErrors>();
        form.Show(result);
        return form;
    }
}

using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Features.Evaluation;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class ExpertAdjustmentFormTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    private const int StationId = 12;

    [Fact]
    public async Task Points_above_the_item_maximum_and_a_missing_reason_are_shown_at_their_fields_and_nothing_is_saved()
    {
        SignInEvaluator();
        RenderProviders();
        var station = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        var item = station.Result!.Items.Single(i => i.Computed.Code == "26");
        var saved = 0;
        var cut = Render<ExpertAdjustmentForm>(p => p.Add(x => x.Station, station).Add(x => x.Item, item).Add(x => x.Saved, () => saved++));

        cut.FindComponent<MudNumericField<decimal?>>().Find("input").Change("6");
        cut.FindComponent<MudTextField<string>>().Find("input").Input("");
        FinalisationPanelTests.Button(cut, "保存").Click();

        cut.WaitForAssertion(() => Assert.Contains("评定分值应在 0 至 5 之间", cut.FindComponent<MudNumericField<decimal?>>().Markup, StringComparison.Ordinal));
        Assert.Contains("请填写评定理由", cut.FindComponent<MudTextField<string>>().Markup, StringComparison.Ordinal);
        Assert.Equal(0, saved);
        var after = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        Assert.Null(after.Result!.Items.Single(i => i.Computed.Code == "26").Adjustment);

        cut.FindComponent<MudNumericField<decimal?>>().Find("input").Change("4");
        cut.FindComponent<MudTextField<string>>().Find("input").Input("村民锦旗及县公司通报表扬");
        FinalisationPanelTests.Button(cut, "保存").Click();
        cut.WaitForAssertion(() => Assert.Equal(1, saved));
        after = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        Assert.Equal(4m, after.Result!.Items.Single(i => i.Computed.Code == "26").Points);
    }
}

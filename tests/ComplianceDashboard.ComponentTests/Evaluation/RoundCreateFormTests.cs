using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Features.Evaluation;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class RoundCreateFormTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    [Fact]
    public async Task Defaults_are_last_year_with_a_suggested_name_and_the_evaluator_in_the_team()
    {
        SignInEvaluator();
        RenderProviders();
        var cut = Render<RoundCreateForm>();
        cut.WaitForAssertion(() => Assert.Equal("2025年度清廉供电站所评价", Text(cut, "评价名称").Find("input").GetAttribute("value")));
        Assert.Equal("2025", cut.FindComponent<MudNumericField<int>>().Find("input").GetAttribute("value"));
        var kaoping = (await (await KaopingAsync()).Rounds.EvaluatorsAsync()).Single(e => e.UserName == "kaoping").DisplayName;
        Assert.Equal(kaoping, cut.FindComponents<MudSelect<string>>().Single().Find("input").GetAttribute("value"));
    }

    [Fact]
    public async Task A_year_in_the_future_and_an_empty_name_are_refused_at_their_fields_and_no_round_is_created()
    {
        SignInEvaluator();
        RenderProviders();
        var before = (await (await KaopingAsync()).Rounds.ListAsync()).Count;
        long? created = null;
        var cut = Render<RoundCreateForm>(p => p.Add(x => x.Saved, id => created = id));
        // Loaded (name suggested and the evaluators listed) before anything is clicked: a later render would replace the buttons' handlers.
        cut.WaitForAssertion(() => Assert.NotEmpty(Text(cut, "评价名称").Find("input").GetAttribute("value") ?? ""));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindComponents<MudSelect<string>>().Single().Find("input").GetAttribute("value") ?? ""));

        cut.FindComponent<MudNumericField<int>>().Find("input").Change("2030");
        Text(cut, "评价名称").Find("input").Change("");
        // Found and clicked in one step on the renderer: a render the two changes started (validation) may otherwise
        // replace the button's handler between the two (it did on a busy machine).
        await cut.InvokeAsync(() => FinalisationPanelTests.Button(cut, "创建").Click());

        cut.WaitForAssertion(() => Assert.Contains("年度应在 2000 至 2026 之间", cut.FindComponent<MudNumericField<int>>().Markup, StringComparison.Ordinal));
        Assert.Contains("请填写评价名称", Text(cut, "评价名称").Markup, StringComparison.Ordinal);
        Assert.Null(created);
        Assert.Equal(before, (await (await KaopingAsync()).Rounds.ListAsync()).Count);
    }

    private static IRenderedComponent<MudTextField<string>> Text(IRenderedComponent<RoundCreateForm> cut, string label) =>
        cut.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label);
}

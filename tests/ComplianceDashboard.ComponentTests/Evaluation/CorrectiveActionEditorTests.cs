using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class CorrectiveActionEditorTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    private const int StationId = 13;

    [Fact]
    public async Task An_empty_action_shows_each_service_message_at_its_field_and_saves_nothing()
    {
        SignInEvaluator();
        RenderProviders();
        var saved = 0;
        var edit = new CorrectiveActionEdit { Status = CorrectiveActionStatus.Done };
        var cut = Render<CorrectiveActionEditor>(p => p.Add(x => x.RoundId, App.RoundId).Add(x => x.StationId, StationId)
            .Add(x => x.Edit, edit).Add(x => x.Saved, () => saved++));

        FinalisationPanelTests.Button(cut, "保存").Click();

        cut.WaitForAssertion(() => Assert.Contains("请填写措施内容", Field(cut, "措施内容"), StringComparison.Ordinal));
        Assert.Contains("请填写责任人", Field(cut, "责任人"), StringComparison.Ordinal);
        Assert.Contains("请填写完成期限", cut.FindComponents<MudDatePicker>().Single(d => d.Instance.Label == "完成期限").Markup, StringComparison.Ordinal);
        Assert.Contains("已完成的措施须填写完成日期", cut.FindComponents<MudDatePicker>().Single(d => d.Instance.Label == "完成日期").Markup, StringComparison.Ordinal);
        Assert.Equal(0, saved);
        Assert.Empty(await (await KaopingAsync()).Get<CorrectiveActionService>().ListAsync(App.RoundId, StationId));
    }

    [Fact]
    public async Task A_complete_action_is_saved()
    {
        SignInEvaluator();
        RenderProviders();
        var saved = 0;
        var edit = new CorrectiveActionEdit { Description = "补齐四风检查记录", Owner = "王所长", Deadline = new DateOnly(2026, 12, 31) };
        var cut = Render<CorrectiveActionEditor>(p => p.Add(x => x.RoundId, App.RoundId).Add(x => x.StationId, 14)
            .Add(x => x.Edit, edit).Add(x => x.Saved, () => saved++));
        FinalisationPanelTests.Button(cut, "保存").Click();
        cut.WaitForAssertion(() => Assert.Equal(1, saved));
        var row = Assert.Single(await (await KaopingAsync()).Get<CorrectiveActionService>().ListAsync(App.RoundId, 14));
        Assert.Equal("王所长", row.Owner);
    }

    private static string Field(IRenderedComponent<CorrectiveActionEditor> cut, string label) =>
        cut.FindComponents<MudTextField<string>>().Single(f => f.Instance.Label == label).Markup;
}

using AngleSharp.Dom;
using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Grading;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class FinalisationPanelTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    private const int StationId = 3;

    [Fact]
    public async Task Finalise_asks_first_cancel_keeps_it_open_and_confirm_locks_it_then_reopen_needs_a_reason_and_a_confirmation()
    {
        SignInEvaluator();
        var provider = RenderProviders();
        var station = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        var changed = 0;
        var cut = Render<FinalisationPanel>(p => p.Add(x => x.Station, station).Add(x => x.Changed, () => changed++));
        Assert.NotNull(cut.Find("[data-testid=not-finalised]"));

        // Cancel: nothing happens.
        Button(cut, "定级").Click();
        provider.WaitForAssertion(() => Assert.Contains($"确认对{station.StationName}定级", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=confirm-cancel]").Click();
        provider.WaitForAssertion(() => Assert.DoesNotContain($"确认对{station.StationName}定级", provider.Markup, StringComparison.Ordinal));
        Assert.False(await IsLockedAsync());
        Assert.Equal(0, changed);

        // Confirm: locked.
        Button(cut, "定级").Click();
        provider.WaitForAssertion(() => Assert.Contains($"确认对{station.StationName}定级", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=confirm-ok]").Click();
        cut.WaitForAssertion(() => Assert.Equal(1, changed));
        Assert.True(await IsLockedAsync());

        // The locked station: re-open without a reason is refused at the field, no dialog, still locked.
        station = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        cut.Render(p => p.Add(x => x.Station, station));
        Assert.NotNull(cut.Find("[data-testid=finalised]"));
        Button(cut, "重新开启").Click();
        cut.WaitForAssertion(() => Assert.Contains("重新开启必须填写理由", cut.Markup, StringComparison.Ordinal));
        Assert.DoesNotContain("确认重新开启", provider.Markup, StringComparison.Ordinal);
        Assert.True(await IsLockedAsync());

        // With a reason: asked first (with the reason), then re-opened and recorded.
        cut.Find("input").Input("站所提交补充材料");
        Button(cut, "重新开启").Click();
        provider.WaitForAssertion(() => Assert.Contains("站所提交补充材料", provider.Markup, StringComparison.Ordinal));
        provider.Find("[data-testid=confirm-ok]").Click();
        cut.WaitForAssertion(() => Assert.Equal(2, changed));
        Assert.False(await IsLockedAsync());
        var view = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        Assert.Equal("站所提交补充材料", Assert.Single(view.History).ReopenReason);
    }

    [Fact]
    public async Task A_reader_who_is_not_an_evaluator_sees_no_finalise_button()
    {
        var auth = SignIn("jiwei", ComplianceDashboard.Web.Infrastructure.Security.Roles.DisciplineLeader);
        auth.SetPolicies(ComplianceDashboard.Web.Infrastructure.Security.Policies.ReadAll);
        var station = (await (await App.AsUserAsync("jiwei")).Finalisation.GetAsync(App.RoundId, 11))!;
        var cut = Render<FinalisationPanel>(p => p.Add(x => x.Station, station));
        Assert.DoesNotContain(cut.FindAll("button"), b => b.TextContent.Contains("定级", StringComparison.Ordinal));
    }

    internal static IElement Button<T>(IRenderedComponent<T> cut, string text) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.FindAll("button").First(b => b.TextContent.Trim() == text);

    private async Task<bool> IsLockedAsync()
    {
        await using var db = App.CreateDbContext();
        return await GradeLocks.IsLockedAsync(db, StationId, 2025);
    }
}

using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Features.Evaluation;

namespace ComplianceDashboard.ComponentTests.Evaluation;

[Collection(EvaluationAppGroup.Name)]
public class AssessmentPanelTests(EvaluationApp app) : EvaluationComponentTest(app)
{
    private const int StationId = 6;

    [Fact]
    public async Task Text_being_typed_survives_a_reload_of_the_station_by_another_panel_but_follows_a_changed_stored_text()
    {
        SignInEvaluator();
        RenderProviders();
        var station = (await (await KaopingAsync()).Finalisation.GetAsync(App.RoundId, StationId))!;
        var cut = Render<AssessmentPanel>(p => p.Add(x => x.Station, station));

        cut.FindAll("textarea")[0].Change("台账完整，整改及时");
        // Another panel saved (an evidence decision, an adjustment): the page reads the station again and passes it on.
        cut.Render(p => p.Add(x => x.Station, station with { }));
        cut.WaitForAssertion(() => Assert.Equal("台账完整，整改及时", cut.FindAll("textarea")[0].GetAttribute("value")));

        // The stored opinion itself changed (saved here, or by another evaluator): the field shows it.
        cut.Render(p => p.Add(x => x.Station, station with { Opinion = "已由其他考评员填写" }));
        cut.WaitForAssertion(() => Assert.Equal("已由其他考评员填写", cut.FindAll("textarea")[0].GetAttribute("value")));
    }
}

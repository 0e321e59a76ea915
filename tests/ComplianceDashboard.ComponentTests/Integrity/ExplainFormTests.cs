using ComplianceDashboard.ComponentTests.Evaluation;
using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Features.Integrity;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.ComponentTests.Integrity;

/// <summary>标记为已说明: the reason is required, and the form says so at the field, in Chinese, before anything is saved.</summary>
[Collection(EvaluationAppGroup.Name)]
public class ExplainFormTests : EvaluationComponentTest
{
    public ExplainFormTests(EvaluationApp app) : base(app) =>
        Services.AddScoped(sp => ActivatorUtilities.CreateInstance<IntegrityService>(app.Services, sp.GetRequiredService<CurrentUser>()));

    [Fact]
    public async Task An_empty_reason_is_a_field_error_and_a_given_one_explains_the_signal()
    {
        const int station = 11;
        await App.Services.GetRequiredService<IntegrityRecompute>().RecomputeStationAsync(station);
        long signalId;
        string key;
        await using (var db = App.CreateDbContext())
        {
            var signal = await db.IntegritySignals.Where(s => s.StationId == station).OrderBy(s => s.Id).FirstAsync();
            (signalId, key) = (signal.Id, signal.Key);
        }
        SignInEvaluator();
        var explained = 0;
        var cut = Render<ExplainForm>(p => p.Add(x => x.SignalId, signalId).Add(x => x.Explained, () => explained++));

        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Contains("请填写说明原因", cut.Find("[data-testid=integrity-explain]").TextContent, StringComparison.Ordinal));
        Assert.Equal(0, explained);
        await using (var db = App.CreateDbContext())
        {
            Assert.False(await db.IntegrityExplanations.AnyAsync(e => e.SignalKey == key));
        }

        cut.Find("textarea").Change("已到站核对纸质签到表原件，补录属实。");
        await cut.Find("form").SubmitAsync();

        cut.WaitForAssertion(() => Assert.Equal(1, explained));
        await using (var db = App.CreateDbContext())
        {
            Assert.Equal("kaoping", (await db.IntegrityExplanations.SingleAsync(e => e.SignalKey == key)).ExplainedBy);
        }
    }
}

using AngleSharp.Dom;
using ComplianceDashboard.ComponentTests.Evaluation;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Domain.Supervision;
using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Supervision;

/// <summary>
/// 受理 and 办理过程 while the save is in flight: the submit button is disabled, so a double click cannot send the step
/// twice, and it is usable again once the save has finished.
/// </summary>
[Collection(EvaluationAppGroup.Name)]
public class CaseFormsBusyTests : EvaluationComponentTest
{
    private readonly GatedDbFactory _factory;

    public CaseFormsBusyTests(EvaluationApp app) : base(app)
    {
        _factory = new GatedDbFactory(app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>());
        foreach (var type in new[]
        {
            typeof(HolidayCalendar), typeof(IOptions<SupervisionOptions>), typeof(SchemeGrader), typeof(GradingTrigger), typeof(RecordHistoryWriter),
            typeof(Web.Features.Integrity.IntegrityRecompute),
        })
        {
            Services.AddSingleton(type, app.Services.GetRequiredService(type));
        }
        Services.AddScoped<RecordService>();
        Services.AddScoped(sp => ActivatorUtilities.CreateInstance<CaseService>(sp, _factory));
        SignIn("jiwei", Roles.DisciplineLeader);
    }

    [Fact]
    public async Task The_accept_button_is_disabled_while_the_accept_is_saved_and_one_step_is_recorded()
    {
        var id = await RegisterAsync(accepted: false);
        var changed = 0;
        var cut = Render<CaseAcceptForm>(p => p.Add(x => x.CaseId, id).Add(x => x.Changed, () => changed++));

        await SubmitHeldAsync(cut, "[data-testid=case-accept]");

        Assert.Equal(1, changed);
        Assert.Equal([CaseService.Registered, CaseService.Accepted], await StepsAsync(id));
    }

    [Fact]
    public async Task The_progress_button_is_disabled_while_the_note_is_saved_and_the_note_is_recorded_once()
    {
        var id = await RegisterAsync(accepted: true);
        var changed = 0;
        var cut = Render<CaseProgressForm>(p => p.Add(x => x.CaseId, id).Add(x => x.Changed, () => changed++));
        cut.Find("textarea").Change("约谈当事人，调阅收费台账");

        await SubmitHeldAsync(cut, "[data-testid=case-progress]");

        Assert.Equal(1, changed);
        Assert.Equal([CaseService.Registered, CaseService.Accepted, CaseService.Progress], await StepsAsync(id));
    }

    /// <summary>Submits the form with the service's database held, checks the button meanwhile, then lets the save finish.</summary>
    private async Task SubmitHeldAsync<T>(IRenderedComponent<T> cut, string form) where T : Microsoft.AspNetCore.Components.IComponent
    {
        IElement Button() => cut.Find($"{form} button[type=submit]");
        Assert.False(Button().HasAttribute("disabled"));
        var hold = _factory.HoldNext();
        Task submitted;
        try
        {
            submitted = cut.Find($"{form} form").SubmitAsync();
            cut.WaitForAssertion(() => Assert.True(Button().HasAttribute("disabled")));
        }
        finally
        {
            hold.Release();
        }
        await submitted;
        cut.WaitForAssertion(() => Assert.False(Button().HasAttribute("disabled")));
    }

    private async Task<long> RegisterAsync(bool accepted)
    {
        var cases = Services.GetRequiredService<CaseService>();
        var today = Services.GetRequiredService<AppClock>().Today;
        var registered = await cases.RegisterAsync(new CaseInput
        {
            Channel = CaseChannel.Phone, ReceivedOn = today.AddDays(-5), Subject = "反映抄表员重复收费", StationId = 1, Handler = "李干事", AnonymousReporter = true,
        });
        Assert.True(registered.Succeeded, registered.Error);
        if (accepted)
        {
            var accept = await cases.AcceptAsync(registered.Value, today.AddDays(-4));
            Assert.True(accept.Succeeded, string.Join(" ", accept.Messages));
        }
        return registered.Value;
    }

    private async Task<string[]> StepsAsync(long id)
    {
        await using var db = App.CreateDbContext();
        return await db.CaseSteps.Where(s => s.CaseId == id).OrderBy(s => s.Version).ThenBy(s => s.Id).Select(s => s.Action).ToArrayAsync();
    }
}

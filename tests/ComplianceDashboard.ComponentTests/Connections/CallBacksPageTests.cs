using ComplianceDashboard.ComponentTests.Records;
using ComplianceDashboard.ComponentTests.TestSupport;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Export;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.ComponentTests.Connections;

/// <summary>
/// The call-back report's month changes with its report and duties, after the reads: while the next month loads, the
/// picker (and the duty buttons, which record for that month) still belong to the month whose report is shown.
/// </summary>
public sealed class CallBacksPageTests : ComponentTest, IClassFixture<RecordsDb>
{
    private readonly GatedDbFactory _factory;

    public CallBacksPageTests(RecordsDb db)
    {
        _factory = new GatedDbFactory(db);
        var clock = new AppClock(TimeProvider.System, Options.Create(new AppOptions { TimeZone = "Asia/Shanghai" }));
        Services.AddSingleton(clock);
        Services.AddSingleton(new TableExport(clock));
        Services.AddScoped(sp => new CallBackService(_factory, sp.GetRequiredService<CurrentUser>(), clock));
        SignIn("kaoping", Roles.Evaluator);
    }

    [Fact]
    public async Task The_next_month_is_shown_only_with_its_own_report()
    {
        RenderProviders();
        var nav = Services.GetRequiredService<NavigationManager>();
        nav.NavigateTo("connections/callbacks?month=2026-10");
        var cut = Render<CallBacksPage>();
        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=callback-duties] tbody tr").Count));
        Assert.Equal("2026-10", cut.Find("[data-testid=month-label]").TextContent.Trim());

        var hold = _factory.HoldNext();
        nav.NavigateTo("connections/callbacks?month=2026-09");
        await hold.Reached.WaitAsync(TimeSpan.FromSeconds(30));
        await cut.InvokeAsync(() => { }); // the render that follows the yield has run

        Assert.Equal("2026-10", cut.Find("[data-testid=month-label]").TextContent.Trim());

        hold.Release();
        cut.WaitForAssertion(() => Assert.Equal("2026-09", cut.Find("[data-testid=month-label]").TextContent.Trim()));
    }
}

using ComplianceDashboard.Web.Components;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Account;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Features.Stations;
using ComplianceDashboard.Web.Features.Import;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using ComplianceDashboard.Web.Infrastructure.Startup;
using ComplianceDashboard.Web.Jobs;

var builder = WebApplication.CreateBuilder(args);
builder.AddAppOptions();
builder.AddAppLogging();
builder.AddAppDatabase();
builder.AddAppUi();
builder.AddAppSecurity();
builder.Services.AddSingleton<DatabaseInitializer>();
builder.AddStartupGate();
builder.AddAppGrading();
builder.AddAppJobs();
builder.AddAppEvaluation();
builder.AddAppImport();
builder.AddOrganisation();
builder.AddAppRecords();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseAppRequestLogging();
app.UseStartupGate();
app.UseAppLocalization();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
// Everything else needs a signed-in user (fallback policy); these stay anonymous.
app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks("/healthz").AllowAnonymous();
app.MapAccountEndpoints();
app.MapStationEndpoints();
app.MapEvaluationEndpoints();
app.MapAttachmentEndpoints();
app.MapAppJobsDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;

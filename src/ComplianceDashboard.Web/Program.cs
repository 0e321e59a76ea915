using ComplianceDashboard.Web.Components;
using ComplianceDashboard.Web.Features.Account;
using ComplianceDashboard.Web.Features.Competition;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Features.Errors;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Import;
using ComplianceDashboard.Web.Features.Integrity;
using ComplianceDashboard.Web.Features.MeetingPack;
using ComplianceDashboard.Web.Features.Notifications;
using ComplianceDashboard.Web.Features.Import.Xlsx;
using ComplianceDashboard.Web.Features.Organisation;
using ComplianceDashboard.Web.Features.Stations;
using ComplianceDashboard.Web.Features.Supervision;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
// Package assets (MudBlazor's css/js, _framework/blazor.web.js) come from the build output's static web assets
// manifest in every environment, not only in Development, so scripts/run.sh can run as Production. A published
// app has no such manifest (its assets are in wwwroot) and this does nothing.
builder.WebHost.UseStaticWebAssets();
builder.AddAppOptions();
builder.AddAppLogging();
builder.AddAppDatabase();
builder.AddAppUi();
builder.AddAppSecurity();
builder.Services.AddSingleton<DatabaseInitializer>();
builder.AddStartupGate();
// Features: each registers its own services (an Add<Feature> extension in its folder).
builder.AddGrading();
builder.AddJobs();
builder.AddEvaluation();
builder.AddImport();
builder.AddOrganisation();
builder.AddRecords();
builder.AddIntegrity();
builder.AddCompetition();
builder.AddConnections();
builder.AddSupervision();
builder.AddMeetingPack();
builder.AddNotifications();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

app.UseSecurityHeaders(); // CSP without inline script, nosniff, Referrer-Policy: on every response
app.UseErrorPages(); // /error for exceptions (not in Development), /status for a page's 400/403/404
app.UseAppRequestLogging();
app.UseStartupGate();
app.UseAppLocalization(); // culture from the cookie that /culture sets (mapped below)
app.UseRateLimiter(); // sign-in posts per client address (SignInRateLimit)
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.UseAntiforgeryGuard();
// Everything else needs a signed-in user (fallback policy); these stay anonymous.
app.MapStaticAssets().AllowAnonymous();
app.MapHealthChecks(HostingExtensions.HealthPath).AllowAnonymous();
app.MapCultureEndpoint(); // anonymous: the sign-in page switches language too
app.MapAccountEndpoints();
app.MapStationEndpoints();
app.MapEvaluationEndpoints();
app.MapAttachmentEndpoints();
app.MapImportEndpoints();
app.MapSupervisionEndpoints();
app.MapMeetingPackEndpoints();
app.MapJobsDashboard();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;

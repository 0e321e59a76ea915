using ComplianceDashboard.Web.Components;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Import;
using ComplianceDashboard.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddAppOptions();
builder.AddAppLogging();
builder.AddAppDatabase();
builder.AddAppUi();
builder.Services.AddSingleton<DatabaseInitializer>();
builder.AddAppGrading();
builder.AddAppImport();

var app = builder.Build();

if (await CommandLine.TryRunAsync(app, args))
{
    return;
}

await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error", createScopeForErrors: true);
}
app.UseAppLocalization();
app.UseAntiforgery();
app.MapStaticAssets();
app.MapHealthChecks("/healthz");
app.MapRazorComponents<App>().AddInteractiveServerRenderMode();

app.Run();

public partial class Program;

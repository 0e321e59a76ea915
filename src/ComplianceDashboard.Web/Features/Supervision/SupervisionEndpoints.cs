namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// /api/supervision: cases as JSON and XLSX (the reporter only for 纪委领导 — the service decides), findings and the
/// month/quarter report as XLSX, and the download of a finding's evidence file for readers of its station.
/// </summary>
public static class SupervisionEndpoints
{
    public static IEndpointRouteBuilder MapSupervisionEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/supervision").RequireAuthorization();
        api.MapGet("/cases", (CaseService service, int? year, CancellationToken ct) =>
            CommandResults.RunAsync(async () => Results.Ok(await service.ListAsync(year, ct))));
        api.MapGet("/cases/{id:long}", (long id, CaseService service, CancellationToken ct) =>
            CommandResults.RunAsync(async () => await service.GetAsync(id, ct) is { } detail ? Results.Ok(detail) : Results.NotFound()));
        api.MapGet("/cases.xlsx", (SupervisionDashboardService service, CancellationToken ct) =>
            CommandResults.RunAsync(async () => Download(await service.CasesXlsxAsync(ct))));
        api.MapGet("/findings.xlsx", (SupervisionDashboardService service, int? year, CancellationToken ct) =>
            CommandResults.RunAsync(async () => Download(await service.FindingsXlsxAsync(year, ct))));
        api.MapGet("/report.xlsx", (SupervisionDashboardService service, AppClock clock, int? year, int? quarter, int? month, CancellationToken ct) =>
            CommandResults.RunAsync(async () =>
            {
                if (quarter is < 1 or > 4 || month is < 1 or > 12)
                {
                    return Results.BadRequest();
                }
                return Download(service.ReportXlsx(await service.ReportAsync(year ?? clock.Today.Year, quarter, month, ct)));
            }));
        api.MapGet("/targets-template.xlsx", (MetricTargetService service) => Download(service.Template()));
        api.MapGet("/evidence/{id:long}", async (long id, HttpContext http, FindingService service, CancellationToken ct) =>
        {
            var found = await service.EvidenceFileAsync(id, ct);
            if (found is null || !System.IO.File.Exists(found.Value.Path))
            {
                return Results.NotFound();
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(found.Value.Path, found.Value.File.ContentType, found.Value.File.FileName);
        });
        return app;
    }

    private static IResult Download(Infrastructure.Export.ExportFile file) => Results.File(file.Content, file.ContentType, file.FileName);
}

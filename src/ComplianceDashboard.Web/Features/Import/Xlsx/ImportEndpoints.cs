namespace ComplianceDashboard.Web.Features.Import.Xlsx;

/// <summary>GET /api/records/import-template/{stationId}/{kind}: the XLSX template of a record kind, for users who may write the station's records.</summary>
public static class ImportEndpoints
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static string TemplateUrl(int stationId, RecordKind kind) => $"api/records/import-template/{stationId}/{kind}";

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/records/import-template/{stationId:int}/{kind}", async (int stationId, string kind, HttpContext http, IDbContextFactory<AppDbContext> factory,
            SchemeGrader grader, AppClock clock, CancellationToken ct) =>
        {
            if (!Enum.TryParse<RecordKind>(kind, ignoreCase: false, out var recordKind) || !Enum.IsDefined(recordKind) || int.TryParse(kind, out _))
            {
                return Results.NotFound();
            }
            await using var db = await factory.CreateDbContextAsync(ct);
            if (await XlsxRecordImporter.TemplateStationAsync(db, stationId, clock.Today, ct) is not { } station)
            {
                return Results.NotFound();
            }
            http.Response.Headers.XContentTypeOptions = "nosniff";
            return Results.File(RecordTemplate.Write(grader.Scheme, recordKind, station), XlsxContentType, RecordSheet.FileName(recordKind));
        }).RequireAuthorization(Policies.WriteRecords).RequireStationWrite();
        return app;
    }
}

namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>JSON for scripts and other features; the pattern every export, report and download follows.</summary>
public static class StationEndpoints
{
    public sealed record StationDto(int Id, string Code, string Name, string Township);

    public static IEndpointRouteBuilder MapStationEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/stations");
        // The list is filtered by scope in the query.
        api.MapGet("/", async (CurrentUser user, IDbContextFactory<AppDbContext> factory, CancellationToken ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            return await user.Scope.Filter(db.Stations).OrderBy(s => s.Code)
                .Select(s => new StationDto(s.Id, s.Code, s.Name, s.Township)).ToListAsync(ct);
        });
        // One station: the filter answers 403 for a station outside the user's scope.
        api.MapGet("/{stationId:int}", async Task<IResult> (int stationId, IDbContextFactory<AppDbContext> factory, CancellationToken ct) =>
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var station = await db.Stations.Where(s => s.Id == stationId).Select(s => new StationDto(s.Id, s.Code, s.Name, s.Township)).FirstOrDefaultAsync(ct);
            return station is null ? TypedResults.NotFound() : TypedResults.Ok(station);
        }).RequireStationRead();
        return app;
    }
}

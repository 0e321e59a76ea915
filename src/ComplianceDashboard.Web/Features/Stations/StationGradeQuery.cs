namespace ComplianceDashboard.Web.Features.Stations;

public static class StationGradeQuery
{
    /// <summary>Null when the station does not exist or is outside the user's scope.</summary>
    public static async Task<StationGradeView?> LoadAsync(AppDbContext db, StationScope scope, SchemeGrader grader, int stationId, int year, CancellationToken ct = default)
    {
        var station = await scope.Filter(db.Stations.AsNoTracking()).FirstOrDefaultAsync(s => s.Id == stationId, ct);
        if (station is null)
        {
            return null;
        }
        var snapshot = await db.GradeSnapshots.AsNoTracking().FirstOrDefaultAsync(s => s.StationId == stationId && s.Year == year && s.IsLatest, ct);
        var points = await db.ServicePoints.AsNoTracking().Where(p => p.StationId == stationId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        var people = await db.People.AsNoTracking().Where(p => p.StationId == stationId).ToDictionaryAsync(p => p.Id, p => p.Name, ct);
        return new StationGradeView(
            station,
            year,
            snapshot,
            snapshot is null ? [] : GradeJson.Items(snapshot.ItemsJson),
            snapshot is null ? [] : GradeJson.Calendar(snapshot.CalendarJson),
            points,
            people,
            grader.Scheme);
    }
}

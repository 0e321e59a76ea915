namespace ComplianceDashboard.Web.Grading;

/// <summary>Which station-years have a finalised (locked) annual grade.</summary>
public static class GradeLocks
{
    public static Task<bool> IsLockedAsync(AppDbContext db, int stationId, int year, CancellationToken ct = default) =>
        db.GradeFinalizations.AnyAsync(f => f.StationId == stationId && f.Year == year && f.ReopenedAt == null, ct);

    public static async Task<HashSet<int>> LockedStationsAsync(AppDbContext db, int year, CancellationToken ct = default) =>
        [.. await db.GradeFinalizations.Where(f => f.Year == year && f.ReopenedAt == null).Select(f => f.StationId).ToListAsync(ct)];
}

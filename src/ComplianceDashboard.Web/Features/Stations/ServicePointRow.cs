namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>An open service point with today's 驻村客户经理 and 站点廉政监督员 (null = vacant).</summary>
public sealed record ServicePointRow(string Name, string Venue, DateOnly OpenedOn, string? Manager, string? Supervisor);

public static class ServicePointQuery
{
    /// <param name="venueName">Turns a venue's Chinese name into the shown text (localised).</param>
    public static async Task<List<ServicePointRow>> LoadAsync(AppDbContext db, int stationId, DateOnly today, Func<string, string> venueName, CancellationToken ct = default)
    {
        var expired = await Organisation.StaffingService.ExpiredTermsAsync(db, stationId, today, ct);
        var holders = (await db.PostAssignments.AsNoTracking()
            .Where(a => a.ServicePoint!.StationId == stationId && a.From <= today && (a.To == null || a.To >= today))
            .Select(a => new { a.ServicePointId, a.Role, a.PersonId, a.From, a.To, a.Person!.Name }).ToListAsync(ct))
            // A supervisor whose approved term ran out without renewal no longer holds the post (as the grading reads it).
            .Where(a => a.Role != PostRole.Supervisor || SupervisorTerms.EndsOn(a.From, a.To, expired.GetValueOrDefault(a.PersonId)) is null)
            .ToList();
        var points = await db.ServicePoints.AsNoTracking().Where(p => p.StationId == stationId && (p.ClosedOn == null || p.ClosedOn >= today))
            .OrderBy(p => p.OpenedOn).ThenBy(p => p.Name).ToListAsync(ct);
        return [.. points.Select(p => new ServicePointRow(p.Name, p.Venue is { } v ? venueName(Organisation.OrganisationNames.Of(v)) : "—", p.OpenedOn,
            holders.FirstOrDefault(h => h.ServicePointId == p.Id && h.Role == PostRole.CustomerManager)?.Name,
            holders.FirstOrDefault(h => h.ServicePointId == p.Id && h.Role == PostRole.Supervisor)?.Name))];
    }
}

using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>Loads applications as domain facts (three flat queries: applications, stages, pauses), for the clocks.</summary>
public static class ConnectionFacts
{
    public sealed record Loaded(ApplicationFacts Facts, string Customer, bool IsKeyProject, bool IsImportantCustomer, string ComplaintReference, DateOnly? ClosedOn);

    public static async Task<List<Loaded>> LoadAsync(AppDbContext db, IQueryable<ConnectionApplication> applications, CancellationToken ct)
    {
        var apps = await applications.AsNoTracking()
            .Select(a => new { a.Id, a.Number, a.StationId, a.Class, a.Received, a.Customer, a.IsKeyProject, a.IsImportantCustomer, a.ComplaintReference, a.ClosedOn })
            .ToListAsync(ct);
        if (apps.Count == 0)
        {
            return [];
        }
        var ids = applications.Select(a => a.Id);
        var stages = (await db.ConnectionStages.AsNoTracking().Where(s => ids.Contains(s.ApplicationId))
                .Select(s => new { s.ApplicationId, s.Stage, s.Start, s.Finish, s.Unit }).ToListAsync(ct))
            .ToLookup(s => s.ApplicationId, s => new StageFacts(s.Stage, s.Start, s.Finish, s.Unit));
        var pauses = (await db.ConnectionPauses.AsNoTracking().Where(p => ids.Contains(p.ApplicationId))
                .Select(p => new { p.ApplicationId, p.From, p.To }).ToListAsync(ct))
            .ToLookup(p => p.ApplicationId, p => new DateRange(p.From, p.To));
        return [.. apps.Select(a => new Loaded(
            new ApplicationFacts(a.Id, a.Number, a.StationId, a.Class, a.Received, [.. stages[a.Id]], [.. pauses[a.Id]]),
            a.Customer, a.IsKeyProject, a.IsImportantCustomer, a.ComplaintReference, a.ClosedOn))];
    }

    /// <summary>Applications that may have a stage running, finishing or falling due in [from, to]: received by then and not closed before.</summary>
    public static IQueryable<ConnectionApplication> ActiveIn(this IQueryable<ConnectionApplication> query, DateOnly from, DateOnly to)
    {
        // Closed before the period: every stage finished before it, none can finish, run or fall due in it.
        return query.Where(a => a.Received <= to && (a.ClosedOn == null || a.ClosedOn >= from));
    }
}

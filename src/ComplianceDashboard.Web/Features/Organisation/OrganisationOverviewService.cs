using ComplianceDashboard.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record OrgStation(int Id, string Name, string Township);

/// <summary>The stations the user may open on the organisation screens (station selector and picker).</summary>
public sealed class OrganisationOverviewService(IDbContextFactory<AppDbContext> factory, OrganisationAccess access)
{
    public async Task<IReadOnlyList<OrgStation>> StationsAsync(CancellationToken ct = default)
    {
        var actor = await access.GetAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        return await actor.Scope.Filter(db.Stations).OrderBy(s => s.Code).Select(s => new OrgStation(s.Id, s.Name, s.Township)).ToListAsync(ct);
    }
}

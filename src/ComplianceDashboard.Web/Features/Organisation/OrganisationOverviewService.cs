namespace ComplianceDashboard.Web.Features.Organisation;

public sealed record OrgStation(int Id, string Name, string Township);

/// <summary>The stations the user may open on the organisation screens (station selector and picker).</summary>
public sealed class OrganisationOverviewService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser)
{
    public async Task<IReadOnlyList<OrgStation>> StationsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return await currentUser.Scope.Filter(db.Stations).OrderBy(s => s.Code).Select(s => new OrgStation(s.Id, s.Name, s.Township)).ToListAsync(ct);
    }
}

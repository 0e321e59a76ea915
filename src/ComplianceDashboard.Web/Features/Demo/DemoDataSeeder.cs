namespace ComplianceDashboard.Web.Features.Demo;

/// <summary>Saves the demo county into an empty database, a batch of stations per transaction.</summary>
public static class DemoDataSeeder
{
    public static async Task<int> SeedAsync(IDbContextFactory<AppDbContext> factory, DemoCountyGenerator generator, CancellationToken ct = default)
    {
        var stations = 0;
        foreach (var batch in generator.Generate().Chunk(25))
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            foreach (var bundle in batch)
            {
                db.Stations.Add(bundle.Station);
                db.PostAssignments.AddRange(bundle.Assignments);
                db.SupervisorAppointments.AddRange(bundle.Appointments);
                db.ProjectSupervisors.AddRange(bundle.ProjectSupervisors);
                db.DismissalCases.AddRange(bundle.Dismissals);
                db.GroupMemberships.AddRange(bundle.Group);
                db.ResponsibilityLists.AddRange(bundle.ResponsibilityLists);
                db.Records.AddRange(bundle.Records);
            }
            await db.SaveChangesAsync(ct);
            stations += batch.Length;
        }
        await DemoCompetition.SeedAsync(factory, generator.Seed, generator.Today, ct);
        await DemoConnections.SeedAsync(factory, generator.Today, ct);
        await DemoSupervision.SeedAsync(factory, generator.Today, generator.Seed, ct);
        return stations;
    }
}

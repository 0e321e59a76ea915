using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Import;

/// <summary>The app over an empty database (no demo county), so every row comes from an import.</summary>
public class ImportTestApp : TestApp
{
    protected override bool DemoEnabled => false;

    public EvidenceImporter Importer => Services.GetRequiredService<EvidenceImporter>();

    public async Task<(int Stations, int Points, int People, int Records, int Problems)> CountsAsync()
    {
        await using var db = CreateDbContext();
        return (await db.Stations.CountAsync(), await db.ServicePoints.CountAsync(), await db.People.CountAsync(),
            await db.Records.CountAsync(), await db.EmergingProblems.CountAsync());
    }
}

/// <summary>An empty database that already holds the sample station (for the bad-input and duplicate-code tests).</summary>
public sealed class SampleImportedApp : ImportTestApp, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var result = await Importer.ImportAsync(ImportSample.Bytes(), "import-sample.json");
        Assert.True(result.Succeeded, string.Join('\n', result.Errors));
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The import test classes run one after another (each over its own empty database), in parallel with the other
/// collections: test apps no longer share Hangfire state (TestParallelization.cs).
/// </summary>
[CollectionDefinition(Name)]
public sealed class ImportTestGroup
{
    public const string Name = "import";
}

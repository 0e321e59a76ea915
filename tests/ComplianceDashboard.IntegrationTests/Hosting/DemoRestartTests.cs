using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Hosting;

/// <summary>A small demo county started on a new database beside the attachments an earlier demo database left.</summary>
public sealed class DemoOverOldAttachmentsApp : TestApp
{
    public DemoOverOldAttachmentsApp()
    {
        var sheet = Path.Combine(Folder, "attachments", DemoIntegrity.SignInSheetPath);
        Directory.CreateDirectory(Path.GetDirectoryName(sheet)!);
        File.WriteAllBytes(sheet, DemoIntegrity.SignInSheet);
    }

    protected override int DemoStations => 3;
}

public class DemoRestartTests(DemoOverOldAttachmentsApp app) : IClassFixture<DemoOverOldAttachmentsApp>
{
    [Fact]
    public async Task Deleting_the_database_to_start_over_seeds_the_demo_county_again_beside_the_old_attachments()
    {
        // Failed at start-up before ("joint-sign-in-sheet.pdf already exists"): the app stopped.
        using var client = app.CreateClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        await using var db = app.CreateDbContext();
        Assert.Equal(3, await db.Stations.CountAsync());
        Assert.Equal(DemoIntegrity.SignInSheet, await File.ReadAllBytesAsync(Path.Combine(app.Folder, "attachments", DemoIntegrity.SignInSheetPath)));
    }
}

using ComplianceDashboard.IntegrationTests.Records;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.MeetingPack;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.MeetingPack;

/// <summary>
/// The demo county with one county-wide pack for 2026 Q3 requested by 纪委 (jiwei), built by the real Hangfire job and
/// downloaded through the real endpoint: the tests open the three files.
/// </summary>
public sealed class MeetingPackFixture : TestApp, IAsyncLifetime
{
    public long PackId { get; private set; }
    public byte[] Docx { get; private set; } = [];
    public byte[] Pptx { get; private set; } = [];
    public byte[] Xlsx { get; private set; } = [];

    public async Task InitializeAsync()
    {
        using (var scope = await this.SignedInScopeAsync("jiwei"))
        {
            var result = await scope.ServiceProvider.GetRequiredService<MeetingPackService>().RequestAsync(2026, 3, []);
            Assert.True(result.Succeeded);
            PackId = result.Value;
        }
        await WaitAsync(PackId);
        using var client = await SignInAsync("jiwei");
        Docx = await client.GetByteArrayAsync($"/api/meeting-packs/{PackId}/docx");
        Pptx = await client.GetByteArrayAsync($"/api/meeting-packs/{PackId}/pptx");
        Xlsx = await client.GetByteArrayAsync($"/api/meeting-packs/{PackId}/xlsx");
    }

    /// <summary>Until the job has finished the pack (done or failed).</summary>
    public async Task<Web.Data.Entities.MeetingPack> WaitAsync(long packId) => await Poll.UntilAsync(async () =>
    {
        await using var db = CreateDbContext();
        var pack = await db.MeetingPacks.AsNoTracking().FirstAsync(p => p.Id == packId);
        return pack.Status is MeetingPackStatus.Done or MeetingPackStatus.Failed ? pack : null;
    });

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;
}

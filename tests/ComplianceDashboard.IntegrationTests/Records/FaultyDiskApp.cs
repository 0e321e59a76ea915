using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading.Jobs;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>
/// The real app (demo county graded, a 2025 evaluation round over all stations) with two switches for a full disk:
/// <see cref="Database"/> (SQLite refuses writes with SQLITE_FULL) and <see cref="Attachments"/> (the attachment
/// folder's disk is full). Every log entry is kept in <see cref="Logs"/>. Tests switch a fault on and off again.
/// </summary>
public sealed class FaultyDiskApp : TestApp, IAsyncLifetime
{
    public DiskFullInterceptor Database { get; } = new();

    public LogSink Logs { get; } = new();

    /// <summary>Its own logging: the tests read what was logged.</summary>
    protected override bool SharedTestLogging => false;


    public FullDiskAttachmentStore Attachments => (FullDiskAttachmentStore)Services.GetRequiredService<IAttachmentStore>();

    public long RoundId { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureLogging(logging => logging.AddProvider(Logs));
        builder.ConfigureServices(services =>
        {
            services.AddSingleton<IInterceptor>(Database);
            services.RemoveAll<IAttachmentStore>();
            services.AddSingleton<IAttachmentStore>(sp => new FullDiskAttachmentStore(sp.GetRequiredService<IOptions<Web.Infrastructure.AppOptions>>(), sp.GetRequiredService<IHostEnvironment>()));
        });
    }

    public async Task InitializeAsync()
    {
        var runs = Services.GetRequiredService<GradingRuns>();
        long? runId = null;
        for (var attempt = 0; runId is null && attempt < 120; attempt++)
        {
            runId = await runs.TryRunAllAsync("test");
            if (runId is null)
            {
                await Task.Delay(500);
            }
        }
        await using (var db = CreateDbContext())
        {
            Assert.Equal(JobRunStatus.Succeeded, (await db.JobRuns.SingleAsync(r => r.Id == runId)).Status);
        }
        RoundId = await (await AsUserAsync("kaoping")).Rounds.CreateAsync(
            new RoundInput(2025, "2025年度清廉供电站所评价", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15), ["kaoping"], [])).OkAsync();
    }

    Task IAsyncLifetime.DisposeAsync() => Task.CompletedTask;

    /// <summary>The evaluation services as <paramref name="userName"/> calls them.</summary>
    public Task<EvaluationCaller> AsUserAsync(string userName) => EvaluationCaller.SignInAsync(this, userName);

    /// <summary>Every file under the attachments folder, temporary ones included.</summary>
    public IReadOnlyList<string> AttachmentFiles()
    {
        var root = Services.GetRequiredService<IAttachmentStore>().Root;
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }
}

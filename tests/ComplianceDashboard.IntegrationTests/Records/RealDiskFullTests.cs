using System.Net;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Grading.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>Runs only when CD_FULL_DISK_DIR names a small file system of its own that the test may fill (docs/security.md).</summary>
public sealed class FullDiskFactAttribute : FactAttribute
{
    public const string Variable = "CD_FULL_DISK_DIR";

    public FullDiskFactAttribute()
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(Variable)))
        {
            Skip = $"set {Variable} to an empty small file system (e.g. a 200 MB tmpfs) to run it";
        }
        else if (TestSupport.TestDatabase.IsPostgreSql)
        {
            Skip = TestSupport.TestDatabase.SqliteOnly;
        }
    }
}

/// <summary>
/// The same faults as <see cref="DiskFullTests"/>, on a really full file system instead of the fault switches: it
/// checks that the switches behave like the real thing (SQLITE_FULL at COMMIT, ENOSPC from the attachment write,
/// the write probe failing) and that the app copes with it. Database and attachments both live on CD_FULL_DISK_DIR.
/// </summary>
public sealed class RealDiskFullTests
{
    [FullDiskFact]
    public async Task On_a_really_full_disk_saves_fail_cleanly_healthz_is_Degraded_and_all_works_again_when_space_returns()
    {
        var root = Environment.GetEnvironmentVariable(FullDiskFactAttribute.Variable)!;
        using var app = new AppOn(Path.Combine(root, Guid.NewGuid().ToString("N")));
        _ = app.Server;
        var runs = app.Services.GetRequiredService<GradingRuns>();
        long? runId = null;
        while (runId is null)
        {
            runId = await runs.TryRunAllAsync("test");
        }
        var kaoping = await EvaluationCaller.SignInAsync(app, "kaoping");
        var roundId = await kaoping.Rounds.CreateAsync(
            new RoundInput(2025, "r", new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 15), ["kaoping"], [])).OkAsync();
        using var scope = await app.SignedInScopeAsync("shuji1");
        var input = await app.ValidInputAsync(RecordKind.InstantDisclosure, new DateOnly(2026, 11, 18));
        var recordId = (await scope.Records().CreateAsync(input)).RecordId;
        using var client = app.CreateManualClient();
        var attachmentsBefore = Files(app);

        // Empty the WAL (kept open by this connection, as by a running app), then fill the file system.
        await using var keep = app.CreateDbContext();
        await keep.Database.OpenConnectionAsync();
        await keep.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE)");
        var filler = Path.Combine(root, $"filler-{Guid.NewGuid():N}");
        try
        {
            Fill(filler);

            var saved = await scope.Records().CreateAsync(input);
            Assert.Equal(RecordService.DiskFullMessage, saved.ErrorFor(""));
            var upload = await scope.Attachments().UploadAsync(recordId, "纪要.pdf", new MemoryStream([.. "%PDF-1.7\n"u8, .. new byte[200_000]]));
            Assert.Equal(AttachmentService.DiskFullMessage, upload.ErrorFor(AttachmentService.FileField));
            Assert.Equal(attachmentsBefore, Files(app));
            var finalise = await Assert.ThrowsAsync<DatabaseWriteException>(() => kaoping.Get<FinalisationService>().FinaliseAsync(roundId, 2));
            Assert.Equal(DatabaseWriteFailure.Full, Assert.IsType<SqliteException>(finalise.InnerException).SqliteErrorCode);
            Assert.Equal("Degraded", await client.GetStringAsync("/healthz"));
        }
        finally
        {
            File.Delete(filler);
        }

        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
        Assert.True((await scope.Records().CreateAsync(input)).Succeeded);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/healthz")).StatusCode);
    }

    // Unbuffered writes until the file system refuses even 512 bytes more.
    private static void Fill(string path)
    {
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        foreach (var size in new[] { 1024 * 1024, 64 * 1024, 512 })
        {
            var block = new byte[size];
            try
            {
                while (true)
                {
                    file.Write(block);
                }
            }
            catch (IOException)
            {
                // full at this block size: go on with smaller ones
            }
        }
    }

    private static string[] Files(TestApp app)
    {
        var root = app.Services.GetRequiredService<IAttachmentStore>().Root;
        return Directory.Exists(root) ? Directory.GetFiles(root, "*", SearchOption.AllDirectories) : [];
    }

    // The app over a folder on the test file system, removed with the app so the next run finds the space free.
    private sealed class AppOn(string folder) : TestApp(folder)
    {
        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            if (disposing && Directory.Exists(Folder))
            {
                Directory.Delete(Folder, recursive: true);
            }
        }
    }
}

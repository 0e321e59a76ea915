using ComplianceDashboard.IntegrationTests.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.Evaluation;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Evaluation;
using ComplianceDashboard.Web.Features.Records;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>
/// A full disk under the attachments and under the database: every write is refused with a
/// clear Chinese message and logged, nothing half-written stays behind, and /healthz says Degraded meanwhile.
/// <c>rollbackUnnoticed</c>: SQLite's own rollback of the failed COMMIT is hidden from the provider, whose clean-up then
/// fails with "cannot rollback - no transaction is active" — the real SQLITE_FULL must still be what surfaces.
/// </summary>
public sealed class DiskFullTests(FaultyDiskApp app) : IClassFixture<FaultyDiskApp>, IDisposable
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"u8, .. new byte[4000], .. "%%EOF\n"u8];

    public void Dispose()
    {
        app.Database.Enabled = false;
        app.Database.RollbackUnnoticed = false;
        app.Attachments.Fault = StoreFault.None;
    }

    [SqliteOnlyFact]
    public async Task An_attachment_on_a_full_disk_is_refused_in_Chinese_logged_with_record_file_and_size_and_leaves_no_row_and_no_file()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(scope);
        var files = app.AttachmentFiles();
        var counts = await app.CountsAsync();

        app.Attachments.Fault = StoreFault.DiskFull;
        var result = await scope.Attachments().UploadAsync(recordId, "会议纪要（扫描件）.pdf", new MemoryStream(Pdf));

        Assert.Equal("附件保存失败：磁盘空间不足，请联系管理员。", result.ErrorFor(AttachmentService.FileField));
        Assert.Equal(counts, await app.CountsAsync());
        Assert.Equal(files, app.AttachmentFiles()); // the half-written temporary file is gone too
        var log = Assert.Single(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains($"record {recordId}", StringComparison.Ordinal));
        Assert.Contains($"'会议纪要（扫描件）.pdf' ({Pdf.Length} bytes)", log.Message, StringComparison.Ordinal);
        Assert.Contains("disk full: True", log.Message, StringComparison.Ordinal);
        Assert.IsType<IOException>(log.Exception);

        app.Attachments.Fault = StoreFault.None;
        Assert.True((await scope.Attachments().UploadAsync(recordId, "会议纪要（扫描件）.pdf", new MemoryStream(Pdf))).Succeeded);
        var stored = Assert.Single(app.AttachmentFiles().Except(files));
        Assert.EndsWith(".bin", stored, StringComparison.Ordinal);
    }

    [SqliteOnlyFact]
    public async Task Another_IO_error_of_the_attachment_store_gets_its_own_message()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(scope);
        var files = app.AttachmentFiles();

        app.Attachments.Fault = StoreFault.IoError;
        var result = await scope.Attachments().UploadAsync(recordId, "现场照片.pdf", new MemoryStream(Pdf));

        Assert.Equal("附件保存失败：无法写入附件存储，请联系管理员。", result.ErrorFor(AttachmentService.FileField));
        Assert.Equal(files, app.AttachmentFiles());
    }

    [SqliteOnlyTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_attachment_whose_row_cannot_be_written_is_deleted_from_the_disk_again(bool rollbackUnnoticed)
    {
        app.Database.RollbackUnnoticed = rollbackUnnoticed;
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(scope);
        var files = app.AttachmentFiles();
        var counts = await app.CountsAsync();

        app.Database.Enabled = true;
        var result = await scope.Attachments().UploadAsync(recordId, "纪要.pdf", new MemoryStream(Pdf));
        app.Database.Enabled = false;

        Assert.Equal("附件保存失败：数据库无法写入（磁盘已满），请联系管理员。", result.ErrorFor(AttachmentService.FileField));
        Assert.Equal(counts, await app.CountsAsync());
        Assert.Equal(files, app.AttachmentFiles());
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains($"record {recordId}", StringComparison.Ordinal)
            && e.Message.Contains($"'纪要.pdf' ({Pdf.Length} bytes)", StringComparison.Ordinal) && e.Exception is SqliteException { SqliteErrorCode: 13 });
    }

    [SqliteOnlyTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Saving_a_record_while_the_database_is_full_stores_nothing_says_so_in_Chinese_and_logs_the_SQLite_error(bool rollbackUnnoticed)
    {
        app.Database.RollbackUnnoticed = rollbackUnnoticed;
        using var scope = await app.SignedInScopeAsync("shuji1");
        var input = await app.ValidInputAsync(RecordKind.InstantDisclosure, new DateOnly(2026, 11, 18));
        input.Title = "停电检修公告（村口公告栏）";
        var counts = await app.CountsAsync();

        app.Database.Enabled = true;
        var result = await scope.Records().CreateAsync(input);
        app.Database.Enabled = false;

        Assert.False(result.Succeeded);
        Assert.Equal(RecordService.DiskFullMessage, result.ErrorFor(""));
        Assert.Equal("保存失败：数据库无法写入（磁盘已满）。您填写的内容仍在页面上，请稍后重试或联系管理员。", RecordService.DiskFullMessage);
        Assert.Equal(counts, await app.CountsAsync());
        Assert.Equal("停电检修公告（村口公告栏）", input.Title);
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Category.EndsWith(nameof(RecordService), StringComparison.Ordinal)
            && e.Message.Contains("station 1", StringComparison.Ordinal) && e.Exception is SqliteException { SqliteErrorCode: 13 });

        var retried = await scope.Records().CreateAsync(input); // the same input, once there is room again
        Assert.True(retried.Succeeded, string.Join("; ", retried.Errors.SelectMany(e => e.Value)));
    }

    [SqliteOnlyTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Finalising_while_the_database_is_full_reports_SQLITE_FULL_itself_and_locks_nothing(bool rollbackUnnoticed)
    {
        app.Database.RollbackUnnoticed = rollbackUnnoticed;
        var kaoping = await app.AsUserAsync("kaoping");
        app.Database.Enabled = true;
        var ex = await Assert.ThrowsAsync<DatabaseWriteException>(() => kaoping.Get<FinalisationService>().FinaliseAsync(app.RoundId, 4));
        app.Database.Enabled = false;

        Assert.Equal("定级失败：数据库无法写入（磁盘已满），定级未保存。请联系管理员处理后重试。", ex.Message);
        var sqlite = Assert.IsType<SqliteException>(ex.InnerException);
        Assert.Equal(13, sqlite.SqliteErrorCode); // the real error, not "cannot rollback - no transaction is active"
        Assert.False(await IsFinalisedAsync(4));
        Assert.Contains(app.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("finalise of round", StringComparison.Ordinal)
            && e.Message.Contains("station 4", StringComparison.Ordinal) && e.Exception is SqliteException { SqliteErrorCode: 13 });
        Assert.DoesNotContain(app.Logs.Entries, e => e.Exception?.Message.Contains("cannot rollback", StringComparison.Ordinal) == true);
    }

    [SqliteOnlyFact]
    public async Task The_finalise_API_answers_503_with_a_Chinese_problem_while_the_database_is_full_and_finalises_after()
    {
        using var client = await app.SignInAsync("kaoping");
        var token = await EvaluationApp.AntiforgeryTokenAsync(client);
        var url = $"/api/evaluation/rounds/{app.RoundId}/stations/8/finalise";

        app.Database.Enabled = true;
        using var refused = await PostAsync(client, url, token);
        app.Database.Enabled = false;

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("数据库无法写入", problem.GetProperty("title").GetString());
        Assert.Equal("定级失败：数据库无法写入（磁盘已满），定级未保存。请联系管理员处理后重试。", problem.GetProperty("detail").GetString());
        Assert.Equal(13, problem.GetProperty("sqliteErrorCode").GetInt32());
        Assert.False(await IsFinalisedAsync(8));

        using var accepted = await PostAsync(client, url, token);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.True(await IsFinalisedAsync(8));
    }

    [SqliteOnlyTheory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Healthz_says_Degraded_while_the_database_cannot_be_written_and_Healthy_again_after(bool rollbackUnnoticed)
    {
        app.Database.RollbackUnnoticed = rollbackUnnoticed;
        using var client = app.CreateManualClient();
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));

        app.Database.Enabled = true;
        var degraded = await client.GetAsync("/healthz");
        app.Database.Enabled = false;

        Assert.Equal(HttpStatusCode.OK, degraded.StatusCode); // reads still work: degraded, not down
        Assert.Equal("Degraded", await degraded.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", await client.GetStringAsync("/healthz"));
    }

    [SqliteOnlyFact]
    public async Task Healthz_is_not_Degraded_by_another_writer_holding_the_lock_and_answers_within_seconds()
    {
        using var client = app.CreateManualClient();
        await using var other = new SqliteConnection($"Data Source={Path.Combine(app.Folder, "test.db")};Pooling=False");
        await other.OpenAsync();
        await using (var begin = other.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE; UPDATE Stations SET Name = Name WHERE Id = 1;";
            await begin.ExecuteNonQueryAsync();
        }
        var clock = System.Diagnostics.Stopwatch.StartNew();

        var health = await client.GetStringAsync("/healthz");

        Assert.Equal("Healthy", health);
        Assert.InRange(clock.Elapsed, TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(20)); // waited the probe's 5 s, not the 30 s default
        await using var rollback = other.CreateCommand();
        rollback.CommandText = "ROLLBACK;";
        await rollback.ExecuteNonQueryAsync();
    }

    private async Task<long> NewRecordAsync(IServiceScope scope)
    {
        var result = await scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.InstantDisclosure, new DateOnly(2026, 11, 16)));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        return result.RecordId;
    }

    private async Task<bool> IsFinalisedAsync(int stationId)
    {
        await using var db = app.CreateDbContext();
        return await db.GradeFinalizations.AnyAsync(f => f.StationId == stationId && f.Year == 2025 && f.ReopenedAt == null);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url);
        request.Headers.Add("RequestVerificationToken", token);
        return await client.SendAsync(request);
    }
}

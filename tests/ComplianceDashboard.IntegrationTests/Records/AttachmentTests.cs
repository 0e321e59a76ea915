using System.IO.Compression;
using System.Net;
using System.Security.Cryptography;
using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.IntegrationTests.TestSupport;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.IntegrationTests.Records;

/// <summary>Attachments: checked by content and size, stored with their SHA-256, served only to readers of the station.</summary>
public class AttachmentTests(TestApp app) : IClassFixture<TestApp>
{
    private static readonly byte[] Pdf = [.. "%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"u8];

    private async Task<long> NewRecordAsync(IServiceScopeWrapper scope)
    {
        // One more November meeting per test: confirmed, as the form would after its duplicate question.
        var result = await scope.Scope.Records().CreateAsync(await app.ValidInputAsync(RecordKind.GroupMeeting, new DateOnly(2026, 11, 3)), confirmDuplicate: true);
        Assert.True(result.Succeeded);
        return result.RecordId;
    }

    public sealed record IServiceScopeWrapper(Microsoft.Extensions.DependencyInjection.IServiceScope Scope);

    [Fact]
    public async Task A_pdf_is_stored_with_its_sha256_in_a_new_version_and_downloads_for_shuji1_only()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(new(scope));
        var result = await scope.Attachments().UploadAsync(recordId, "会议纪要（扫描件）.pdf", new MemoryStream(Pdf));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(2, result.Version);

        await using var db = app.CreateDbContext();
        var attachment = await db.Attachments.SingleAsync(a => a.RecordId == recordId);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Pdf)), attachment.Sha256);
        Assert.Equal("application/pdf", attachment.ContentType);
        var stored = Path.Combine(scope.Attachments().Root, attachment.StoragePath);
        Assert.Equal(attachment.Sha256, Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(stored))));
        Assert.DoesNotContain("会议纪要", attachment.StoragePath, StringComparison.Ordinal);
        Assert.Contains("会议纪要", (await db.RecordChanges.Where(c => c.RecordId == recordId && c.Version == 2).SingleAsync()).AfterJson, StringComparison.Ordinal);

        using var shuji1 = await app.SignInAsync("shuji1");
        var ok = await shuji1.GetAsync($"/attachments/{attachment.Id}");
        Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
        Assert.Equal(Pdf, await ok.Content.ReadAsByteArrayAsync());
        Assert.Equal("attachment", ok.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("会议纪要（扫描件）.pdf", ok.Content.Headers.ContentDisposition.FileNameStar);

        using var shuji2 = await app.SignInAsync("shuji2");
        Assert.Equal(HttpStatusCode.Forbidden, (await shuji2.GetAsync($"/attachments/{attachment.Id}")).StatusCode);
        using var anonymous = app.CreateManualClient();
        Assert.Contains((await anonymous.GetAsync($"/attachments/{attachment.Id}")).StatusCode, new[] { HttpStatusCode.Redirect, HttpStatusCode.Unauthorized });
        using var jiwei = await app.SignInAsync("jiwei");
        Assert.Equal(HttpStatusCode.OK, (await jiwei.GetAsync($"/attachments/{attachment.Id}")).StatusCode);

        var removed = await scope.Attachments().DeleteAsync(attachment.Id);
        Assert.True(removed.Succeeded);
        Assert.False(File.Exists(stored));
        Assert.Equal(HttpStatusCode.NotFound, (await shuji1.GetAsync($"/attachments/{attachment.Id}")).StatusCode);
        Assert.Equal(3, await db.RecordChanges.CountAsync(c => c.RecordId == recordId));
    }

    [Fact]
    public async Task An_exe_renamed_to_pdf_is_refused_and_nothing_is_stored()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(new(scope));
        var before = await app.CountsAsync();
        byte[] exe = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, 0x00, 0x00, 0xFF, 0xFF, 0x00, 0x00];
        var result = await scope.Attachments().UploadAsync(recordId, "会议纪要.pdf", new MemoryStream(exe));
        Assert.Contains("文件内容与扩展名.pdf不符", result.ErrorFor(AttachmentService.FileField), StringComparison.Ordinal);
        Assert.Contains("不支持该文件类型", (await scope.Attachments().UploadAsync(recordId, "setup.exe", new MemoryStream(exe))).ErrorFor(AttachmentService.FileField), StringComparison.Ordinal);
        Assert.NotNull((await scope.Attachments().UploadAsync(recordId, "photo.png", new MemoryStream(Pdf))).ErrorFor(AttachmentService.FileField));
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task A_file_over_the_size_limit_is_refused()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(new(scope));
        var before = await app.CountsAsync();
        var big = new byte[scope.Attachments().MaxBytes + 1];
        Pdf.CopyTo(big, 0);
        var result = await scope.Attachments().UploadAsync(recordId, "big.pdf", new MemoryStream(big));
        Assert.Contains("超过大小上限", result.ErrorFor(AttachmentService.FileField), StringComparison.Ordinal);
        Assert.Equal(before, await app.CountsAsync());
    }

    [Fact]
    public async Task Images_and_office_files_are_accepted_by_content()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(new(scope));
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13];
        byte[] jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16, (byte)'J', (byte)'F', (byte)'I', (byte)'F'];
        Assert.True((await scope.Attachments().UploadAsync(recordId, "现场.png", new MemoryStream(png))).Succeeded);
        Assert.True((await scope.Attachments().UploadAsync(recordId, "现场.JPG", new MemoryStream(jpeg))).Succeeded);
        Assert.True((await scope.Attachments().UploadAsync(recordId, "台账.xlsx", new MemoryStream(Zip("xl/workbook.xml")))).Succeeded);
        Assert.True((await scope.Attachments().UploadAsync(recordId, "纪要.docx", new MemoryStream(Zip("word/document.xml")))).Succeeded);
        Assert.NotNull((await scope.Attachments().UploadAsync(recordId, "纪要.docx", new MemoryStream(Zip("payload.exe")))).ErrorFor(AttachmentService.FileField));
    }

    [Fact]
    public async Task A_reader_cannot_upload()
    {
        using var scope = await app.SignedInScopeAsync("shuji1");
        var recordId = await NewRecordAsync(new(scope));
        using var reader = await app.SignedInScopeAsync("kaoping");
        await Assert.ThrowsAsync<ForbiddenException>(() => reader.Attachments().UploadAsync(recordId, "a.pdf", new MemoryStream(Pdf)));
    }

    private static byte[] Zip(string entry)
    {
        using var ms = new MemoryStream();
        using (var zip = new ZipArchive(ms, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var w = new StreamWriter(zip.CreateEntry(entry).Open());
            w.Write("<x/>");
        }
        return ms.ToArray();
    }
}

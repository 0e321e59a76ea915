using System.Security.Cryptography;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// Attachments of a record: checked by size and content, stored under <see cref="AppOptions.AttachmentsPath"/> with a
/// generated name and their SHA-256, each upload/removal recorded in the record's history (a new version).
/// Files are served only by <see cref="AttachmentEndpoints"/>.
/// </summary>
public sealed class AttachmentService(
    IDbContextFactory<AppDbContext> factory,
    RecordService records,
    IOptions<AppOptions> options,
    IHostEnvironment environment,
    AppClock clock)
{
    public const string FileField = "File";

    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public string Root => ResolveRoot(options.Value, environment.ContentRootPath);

    public static string ResolveRoot(AppOptions options, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(options.AttachmentsPath) ? options.AttachmentsPath : Path.Combine(contentRoot, options.AttachmentsPath));

    /// <summary>Adds a file to a record the user may write. <paramref name="content"/> is read at most to the size limit + 1 byte.</summary>
    public async Task<RecordResult> UploadAsync(long recordId, string fileName, Stream content, string? correctionReason = null, CancellationToken ct = default)
    {
        var (user, scope, principal) = await records.CurrentAsync();
        var result = new RecordResult { RecordId = recordId };
        await using var db = await factory.CreateDbContextAsync(ct);
        var record = await RecordService.LoadTrackedAsync(db, recordId, ct);
        if (record is null)
        {
            return result.Add("", "记录不存在或已删除");
        }
        RecordService.RequireWrite(scope, record.StationId);
        if (RecordService.FilingRefusal(principal, record.Kind) is { } refusal)
        {
            return result.Add("", refusal);
        }
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            return result.Add(FileField, "文件名为空或过长");
        }
        using var buffer = new MemoryStream();
        await CopyLimitedAsync(content, buffer, MaxBytes + 1, ct);
        if (buffer.Length > MaxBytes)
        {
            return result.Add(FileField, $"文件超过大小上限（{MaxBytes / 1024 / 1024} MB）");
        }
        if (buffer.Length == 0)
        {
            return result.Add(FileField, "文件为空");
        }
        var bytes = buffer.ToArray();
        var (contentType, error) = AttachmentTypes.Check(name, bytes.AsSpan(0, Math.Min(bytes.Length, 16)), () => new MemoryStream(bytes, writable: false));
        if (error is not null)
        {
            return result.Add(FileField, error);
        }
        if (await ReasonMissingAsync(db, record, correctionReason, result, ct))
        {
            return result;
        }

        var relative = Path.Combine(clock.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{Guid.NewGuid():N}.bin");
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, bytes, ct);
        try
        {
            var before = RecordSnapshot.Of(record).ToJson();
            record.Attachments.Add(new Attachment
            {
                FileName = name, ContentType = contentType!, Size = buffer.Length, Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)),
                StoragePath = relative.Replace('\\', '/'), UploadedAt = clock.UtcNow, UploadedBy = user,
            });
            await SaveWithHistoryAsync(db, record, before, correctionReason, user, ct);
        }
        catch
        {
            File.Delete(path);
            throw;
        }
        result.Version = record.Version;
        return result;
    }

    /// <summary>Removes an attachment (row and file); the history keeps its name and SHA-256.</summary>
    public async Task<RecordResult> DeleteAsync(long attachmentId, string? correctionReason = null, CancellationToken ct = default)
    {
        var (user, scope, principal) = await records.CurrentAsync();
        await using var db = await factory.CreateDbContextAsync(ct);
        var recordId = await db.Attachments.Where(a => a.Id == attachmentId).Select(a => (long?)a.RecordId).FirstOrDefaultAsync(ct);
        var record = recordId is { } id ? await RecordService.LoadTrackedAsync(db, id, ct) : null;
        var result = new RecordResult { RecordId = recordId ?? 0 };
        if (record is null)
        {
            return result.Add("", "附件不存在");
        }
        RecordService.RequireWrite(scope, record.StationId);
        if (RecordService.FilingRefusal(principal, record.Kind) is { } refusal)
        {
            return result.Add("", refusal);
        }
        if (await ReasonMissingAsync(db, record, correctionReason, result, ct))
        {
            return result;
        }
        var attachment = record.Attachments.Single(a => a.Id == attachmentId);
        var before = RecordSnapshot.Of(record).ToJson();
        record.Attachments.Remove(attachment);
        await SaveWithHistoryAsync(db, record, before, correctionReason, user, ct);
        var path = Path.Combine(Root, attachment.StoragePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
        result.Version = record.Version;
        return result;
    }

    /// <summary>The full path of a stored file (inside the attachments folder only).</summary>
    public string PathOf(Attachment attachment)
    {
        var path = Path.GetFullPath(Path.Combine(Root, attachment.StoragePath));
        return path.StartsWith(Root, StringComparison.Ordinal) ? path : throw new InvalidOperationException("attachment path outside the attachments folder");
    }

    private async Task SaveWithHistoryAsync(AppDbContext db, EvidenceRecord record, string before, string? reason, string user, CancellationToken ct)
    {
        records.Touch(record, user);
        db.RecordChanges.Add(records.Change(record, ChangeAction.Updated, before, RecordSnapshot.Of(record).ToJson(), reason?.Trim(), user));
        await db.SaveChangesAsync(ct); // one SaveChanges = one transaction
    }

    private static async Task<bool> ReasonMissingAsync(AppDbContext db, EvidenceRecord record, string? reason, RecordResult result, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(reason) && await RecordService.LockedYearAsync(db, record.StationId, [RecordService.PeriodYear(record.ForPeriod, record.EventDate)], ct) is { } year)
        {
            result.Add(nameof(RecordInput.CorrectionReason), $"该记录计入已定档的{year}年度评价，修改附件须填写更正原因");
            return true;
        }
        return false;
    }

    private static async Task CopyLimitedAsync(Stream source, Stream target, long limit, CancellationToken ct)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while (total < limit && (read = await source.ReadAsync(buffer.AsMemory(0, (int)Math.Min(buffer.Length, limit - total)), ct)) > 0)
        {
            await target.WriteAsync(buffer.AsMemory(0, read), ct);
            total += read;
        }
    }
}

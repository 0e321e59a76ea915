namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// Attachments of a record: checked by size and content, stored in the <see cref="IAttachmentStore"/> with a
/// generated name and their SHA-256, each upload/removal recorded in the record's history (a new version).
/// The file is stored (complete and flushed) before its row is written, and deleted again if the row cannot be
/// written, so neither a row without its file nor a stray file remains. Files are served only by <see cref="AttachmentEndpoints"/>.
/// </summary>
public sealed partial class AttachmentService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    IAttachmentStore store,
    IOptions<AppOptions> options,
    AppClock clock,
    RecordHistoryWriter history,
    Integrity.IntegrityRecompute integrity,
    ILogger<AttachmentService> logger)
{
    public const string FileField = "File";
    public const string DiskFullMessage = "附件保存失败：磁盘空间不足，请联系管理员。";
    public const string StoreFailedMessage = "附件保存失败：无法写入附件存储，请联系管理员。";
    public const string DatabaseFullMessage = "附件保存失败：数据库无法写入（磁盘已满），请联系管理员。";
    public const string DatabaseFailedMessage = "附件保存失败：数据库暂时无法写入，请稍后重试或联系管理员。";

    public long MaxBytes => options.Value.MaxAttachmentBytes;

    public string Root => store.Root;

    /// <summary>Adds a file to a record the user may write. <paramref name="content"/> is read at most to the size limit + 1 byte.</summary>
    public async Task<RecordResult> UploadAsync(long recordId, string fileName, Stream content, string? correctionReason = null, CancellationToken ct = default)
    {
        var user = currentUser.UserName;
        var result = new RecordResult { RecordId = recordId };
        await using var db = await factory.CreateDbContextAsync(ct);
        var record = await RecordService.LoadTrackedAsync(db, recordId, ct);
        if (record is null)
        {
            return result.Add("", "记录不存在或已删除");
        }
        currentUser.EnsureCanWrite(record.StationId);
        if (RecordService.FilingRefusal(currentUser, record.Kind) is { } refusal)
        {
            return result.Add("", refusal);
        }
        var (file, error) = await UploadedFile.ReadAsync(fileName, content, MaxBytes, ct);
        if (file is null)
        {
            return result.Add(FileField, error!);
        }
        if (await ReasonMissingAsync(db, record, correctionReason, result, ct))
        {
            return result;
        }

        var relative = Path.Combine(clock.Today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{Guid.NewGuid():N}.bin");
        try
        {
            await store.SaveAsync(relative, file.Bytes, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            var diskFull = ex is IOException io && FileAttachmentStore.IsDiskFull(io);
            LogStoreFailed(ex, recordId, file.Name, file.Size, diskFull);
            return result.Add(FileField, diskFull ? DiskFullMessage : StoreFailedMessage);
        }
        try
        {
            var before = RecordHistoryWriter.Before(record);
            record.Attachments.Add(new Attachment
            {
                FileName = file.Name, ContentType = file.ContentType, Size = file.Size, Sha256 = file.Sha256,
                StoragePath = relative.Replace('\\', '/'), UploadedAt = clock.UtcNow, UploadedBy = user,
            });
            await SaveWithHistoryAsync(db, record, before, correctionReason, user, ct);
        }
        catch (Exception ex)
        {
            DeleteQuietly(relative, recordId);
            if (DatabaseWriteFailure.Find(ex) is not { } failure)
            {
                throw;
            }
            LogRowFailed(failure, recordId, file.Name, file.Size, failure.SqliteErrorCode);
            return result.Add(FileField, DatabaseWriteFailure.IsDiskFull(failure) ? DatabaseFullMessage : DatabaseFailedMessage);
        }
        await integrity.StationChangedAsync(record.StationId, ct); // a reused file shows at once; never fails the upload
        result.Version = record.Version;
        return result;
    }

    /// <summary>Removes an attachment (row and file); the history keeps its name and SHA-256.</summary>
    public async Task<RecordResult> DeleteAsync(long attachmentId, string? correctionReason = null, CancellationToken ct = default)
    {
        var user = currentUser.UserName;
        await using var db = await factory.CreateDbContextAsync(ct);
        var recordId = await db.Attachments.Where(a => a.Id == attachmentId).Select(a => (long?)a.RecordId).FirstOrDefaultAsync(ct);
        var record = recordId is { } id ? await RecordService.LoadTrackedAsync(db, id, ct) : null;
        var result = new RecordResult { RecordId = recordId ?? 0 };
        if (record is null)
        {
            return result.Add("", "附件不存在");
        }
        currentUser.EnsureCanWrite(record.StationId);
        if (RecordService.FilingRefusal(currentUser, record.Kind) is { } refusal)
        {
            return result.Add("", refusal);
        }
        if (await ReasonMissingAsync(db, record, correctionReason, result, ct))
        {
            return result;
        }
        var attachment = record.Attachments.Single(a => a.Id == attachmentId);
        var before = RecordHistoryWriter.Before(record);
        record.Attachments.Remove(attachment);
        await SaveWithHistoryAsync(db, record, before, correctionReason, user, ct);
        store.Delete(attachment.StoragePath);
        await integrity.StationChangedAsync(record.StationId, ct);
        result.Version = record.Version;
        return result;
    }

    /// <summary>The full path of a stored file (inside the attachments folder only).</summary>
    public string PathOf(Attachment attachment) => store.PathOf(attachment.StoragePath);

    private async Task SaveWithHistoryAsync(AppDbContext db, EvidenceRecord record, string before, string? reason, string user, CancellationToken ct)
    {
        history.Touch(record, user);
        history.Add(db, record, before, reason, user);
        await db.Database.InWriteTransactionAsync(db.SaveChangesAsync, ct);
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

    // The row could not be written: the stored file goes too (a failure here must not hide the first one).
    private void DeleteQuietly(string relative, long recordId)
    {
        try
        {
            store.Delete(relative);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            LogOrphan(ex, recordId, relative);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Attachment of record {RecordId} not stored: writing '{FileName}' ({Size} bytes) failed (disk full: {DiskFull})")]
    private partial void LogStoreFailed(Exception ex, long recordId, string fileName, long size, bool diskFull);

    [LoggerMessage(Level = LogLevel.Error, Message = "Attachment of record {RecordId} not stored: '{FileName}' ({Size} bytes) was written but its row was not (SQLite error {Code}); the file was deleted")]
    private partial void LogRowFailed(Exception ex, long recordId, string fileName, long size, int code);

    [LoggerMessage(Level = LogLevel.Error, Message = "Attachment file {Path} of record {RecordId} could not be deleted after its row failed")]
    private partial void LogOrphan(Exception ex, long recordId, string path);
}

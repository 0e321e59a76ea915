namespace ComplianceDashboard.Web.Features.Records;

/// <summary>Where attachment files live: under <see cref="AppOptions.AttachmentsPath"/>, by a path relative to it.</summary>
public interface IAttachmentStore
{
    /// <summary>The full path of the attachments folder.</summary>
    string Root { get; }

    /// <summary>
    /// Stores <paramref name="content"/> at <paramref name="relativePath"/> so that the file is either complete and on
    /// disk or absent: on failure (e.g. an <see cref="IOException"/> for a full disk) nothing is left behind.
    /// </summary>
    Task SaveAsync(string relativePath, ReadOnlyMemory<byte> content, CancellationToken ct = default);

    /// <summary>Removes the file if it exists.</summary>
    void Delete(string relativePath);

    /// <summary>The full path of a stored file, which must lie inside <see cref="Root"/>.</summary>
    string PathOf(string relativePath);
}

/// <summary>
/// Attachments as files. A file is written under a temporary name in its final folder, flushed to the disk (fsync),
/// then renamed (atomic within a folder), so a crash or a full disk never leaves a partial file under a real name, and
/// the temporary file is deleted when writing fails.
/// </summary>
public class FileAttachmentStore(IOptions<AppOptions> options, IHostEnvironment environment) : IAttachmentStore
{
    public const string TempSuffix = ".uploading";

    public string Root { get; } = ResolveRoot(options.Value, environment.ContentRootPath);

    public static string ResolveRoot(AppOptions options, string contentRoot) =>
        Path.GetFullPath(Path.IsPathRooted(options.AttachmentsPath) ? options.AttachmentsPath : Path.Combine(contentRoot, options.AttachmentsPath));

    public async Task SaveAsync(string relativePath, ReadOnlyMemory<byte> content, CancellationToken ct = default)
    {
        var path = PathOf(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Guid.NewGuid():N}{TempSuffix}";
        try
        {
            await using (var stream = OpenTempFile(temp))
            {
                await stream.WriteAsync(content, ct);
                await stream.FlushAsync(ct);
                if (stream is FileStream file)
                {
                    file.Flush(flushToDisk: true);
                }
            }
            File.Move(temp, path);
        }
        catch
        {
            File.Delete(temp); // no-op when it was never created
            throw;
        }
    }

    public void Delete(string relativePath)
    {
        var path = PathOf(relativePath);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    public string PathOf(string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(Root, relativePath));
        return path.StartsWith(Root + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            ? path
            : throw new InvalidOperationException("attachment path outside the attachments folder");
    }

    /// <summary>A new file for writing (a seam: the tests' store fails here like a full disk).</summary>
    protected virtual Stream OpenTempFile(string path) =>
        new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous);

    /// <summary>Whether writing failed because the disk (or the user's quota) is full.</summary>
    public static bool IsDiskFull(IOException exception)
    {
        const int ENOSPC = 28, EDQUOT = 122, ERROR_HANDLE_DISK_FULL = 0x27, ERROR_DISK_FULL = 0x70;
        // On Unix .NET puts the errno into HResult; on Windows it is 0x8007xxxx with the Win32 error below.
        return OperatingSystem.IsWindows()
            ? (exception.HResult & 0xFFFF) is ERROR_HANDLE_DISK_FULL or ERROR_DISK_FULL
            : exception.HResult is ENOSPC || (OperatingSystem.IsLinux() && exception.HResult == EDQUOT);
    }
}

using System.Security.Cryptography;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// An uploaded file read into memory and checked the one way every stored file is (record attachments, finding
/// evidence): a usable name, not empty, within the size limit, and an allowed type whose content matches its extension
/// (<see cref="AttachmentTypes"/>).
/// </summary>
public sealed class UploadedFile
{
    private UploadedFile(string name, byte[] bytes, string contentType) => (Name, Bytes, ContentType) = (name, bytes, contentType);

    public string Name { get; }

    public ReadOnlyMemory<byte> Bytes { get; }

    public string ContentType { get; }

    public long Size => Bytes.Length;

    /// <summary>The SHA-256 stored with the file (lower-case hex).</summary>
    public string Sha256 => Convert.ToHexStringLower(SHA256.HashData(Bytes.Span));

    /// <summary>
    /// Reads <paramref name="content"/> no further than <paramref name="maxBytes"/> + 1 bytes (enough to know it is too
    /// large) and checks it: the file, or the Chinese message for the file field when it is refused.
    /// </summary>
    public static async Task<(UploadedFile? File, string? Error)> ReadAsync(string? fileName, Stream content, long maxBytes, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            return (null, "文件名为空或过长");
        }
        using var buffer = new MemoryStream();
        await StreamLimits.CopyAtMostAsync(content, buffer, maxBytes + 1, ct);
        if (buffer.Length > maxBytes)
        {
            return (null, $"文件超过大小上限（{maxBytes / 1024 / 1024} MB）");
        }
        if (buffer.Length == 0)
        {
            return (null, "文件为空");
        }
        var bytes = buffer.ToArray();
        var (contentType, error) = AttachmentTypes.Check(name, bytes.AsSpan(0, Math.Min(bytes.Length, 16)), () => new MemoryStream(bytes, writable: false));
        return error is null ? (new UploadedFile(name, bytes, contentType!), null) : (null, error);
    }
}

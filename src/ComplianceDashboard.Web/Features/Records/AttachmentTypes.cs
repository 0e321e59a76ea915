using System.IO.Compression;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>
/// Which files may be attached, decided by their content (magic bytes) and required to agree with the extension:
/// PDF, PNG, JPEG, GIF, WebP, and Word/Excel (a ZIP with the matching main part). Anything else is refused.
/// </summary>
public static class AttachmentTypes
{
    public const string Allowed = "PDF、图片（PNG/JPEG/GIF/WebP）、Word（.docx）或 Excel（.xlsx）";

    private static readonly Dictionary<string, (string Type, string ContentType)> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = ("pdf", "application/pdf"),
        [".png"] = ("png", "image/png"),
        [".jpg"] = ("jpeg", "image/jpeg"),
        [".jpeg"] = ("jpeg", "image/jpeg"),
        [".gif"] = ("gif", "image/gif"),
        [".webp"] = ("webp", "image/webp"),
        [".docx"] = ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        [".xlsx"] = ("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    };

    /// <summary>The content type to store, or a Chinese error message when the file is not an allowed type or its content does not match its extension.</summary>
    public static (string? ContentType, string? Error) Check(string fileName, ReadOnlySpan<byte> head, Func<Stream> open)
    {
        var ext = Path.GetExtension(fileName);
        if (!ByExtension.TryGetValue(ext, out var expected))
        {
            return (null, $"不支持该文件类型，只能上传{Allowed}");
        }
        var actual = Sniff(head);
        if (actual == "zip")
        {
            actual = OfficeKind(open);
        }
        if (actual != expected.Type)
        {
            return (null, $"文件内容与扩展名{ext.ToLowerInvariant()}不符，已拒绝（只能上传{Allowed}）");
        }
        return (expected.ContentType, null);
    }

    private static string? Sniff(ReadOnlySpan<byte> b)
    {
        if (b.StartsWith("%PDF-"u8))
        {
            return "pdf";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return "png";
        }
        if (b.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "jpeg";
        }
        if (b.StartsWith("GIF87a"u8) || b.StartsWith("GIF89a"u8))
        {
            return "gif";
        }
        if (b.Length >= 12 && b.StartsWith("RIFF"u8) && b[8..12].SequenceEqual("WEBP"u8))
        {
            return "webp";
        }
        return b.StartsWith((ReadOnlySpan<byte>)[0x50, 0x4B, 0x03, 0x04]) ? "zip" : null;
    }

    // A .docx has word/document.xml, a .xlsx has xl/workbook.xml; any other ZIP is refused.
    private static string? OfficeKind(Func<Stream> open)
    {
        try
        {
            using var zip = new ZipArchive(open(), ZipArchiveMode.Read);
            if (zip.GetEntry("word/document.xml") is not null)
            {
                return "docx";
            }
            return zip.GetEntry("xl/workbook.xml") is not null ? "xlsx" : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}

namespace ComplianceDashboard.Web.Features.Import.Xlsx;

/// <summary>One problem of an uploaded sheet: the row (0 for the file as a whole), the column's header ("" for the whole row) and the Chinese message.</summary>
public sealed record XlsxError(int Row, string Column, string Message);

/// <summary>One data row as the preview shows it, with its problems.</summary>
public sealed record XlsxPreviewRow(int Row, string Date, string Title, IReadOnlyList<XlsxError> Errors)
{
    public bool Valid => Errors.Count == 0;
}

/// <summary>
/// What an uploaded sheet would import: every row with its problems. It can be imported only when no row has one
/// (all or nothing); the validated inputs stay on the server with the preview.
/// </summary>
public sealed class XlsxPreview
{
    public required int StationId { get; init; }
    public required RecordKind Kind { get; init; }
    public required string FileName { get; init; }
    public IReadOnlyList<XlsxError> FileErrors { get; init; } = [];
    public IReadOnlyList<XlsxPreviewRow> Rows { get; init; } = [];

    internal IReadOnlyList<RecordInput> Inputs { get; init; } = [];

    /// <summary>Every problem, the file's first, then row by row.</summary>
    public IEnumerable<XlsxError> Errors => FileErrors.Concat(Rows.SelectMany(r => r.Errors));

    public bool CanImport => FileErrors.Count == 0 && Rows.Count > 0 && Rows.All(r => r.Valid);
}

/// <summary>The import of a preview: how many records were written, or why nothing was.</summary>
public sealed record XlsxImportResult(int Records, IReadOnlyList<int> Years, string? Error = null)
{
    public bool Succeeded => Error is null;
}

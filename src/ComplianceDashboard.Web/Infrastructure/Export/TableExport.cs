namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>
/// Turns a table (columns + rows) into a downloadable file named "{title}_{today}.xlsx|csv", today in the
/// county's time zone. Used by ExportButtons and reusable from minimal-API endpoints.
/// </summary>
public sealed class TableExport(AppClock clock)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <param name="title">Chinese title: file-name stem and sheet name, e.g. "站所列表".</param>
    public ExportFile Create<T>(ExportFormat format, string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        format switch
        {
            ExportFormat.Xlsx => new ExportFile(FileName(title, "xlsx"), XlsxContentType, XlsxWriter.Write(title, columns, rows)),
            ExportFormat.Csv => new ExportFile(FileName(title, "csv"), CsvContentType, CsvWriter.Write(columns, rows)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

    public ExportFile ToXlsx<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        Create(ExportFormat.Xlsx, title, columns, rows);

    public ExportFile ToCsv<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        Create(ExportFormat.Csv, title, columns, rows);

    public string FileName(string title, string extension)
    {
        var stem = new string(title.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray());
        return $"{stem}_{clock.Today:yyyy-MM-dd}.{extension}";
    }
}

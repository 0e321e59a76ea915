namespace ComplianceDashboard.Web.Infrastructure.Export;

/// <summary>
/// Turns a table (columns + rows) into a downloadable file named "{title}_{today}.xlsx|csv", today in the
/// county's time zone. Used by ExportButtons and reusable from minimal-API endpoints. XLSX sheets start with a
/// title row: what, which filters, as of when.
/// </summary>
public sealed class TableExport(AppClock clock)
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <param name="title">Chinese title: file-name stem and sheet name, e.g. "站所列表".</param>
    public ExportFile Create<T>(ExportFormat format, string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        Create(format, title, null, columns, rows);

    /// <param name="title">Chinese title: file-name stem and sheet name, e.g. "站所列表".</param>
    /// <param name="filters">The filters the rows were chosen by, e.g. "站所：桐琴供电所；类型：监督小组会议" (XLSX title row).</param>
    public ExportFile Create<T>(ExportFormat format, string title, string? filters, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        format switch
        {
            ExportFormat.Xlsx => new ExportFile(FileName(title, "xlsx"), XlsxContentType, XlsxWriter.Write(title, TitleLine(title, filters), columns, rows)),
            ExportFormat.Csv => new ExportFile(FileName(title, "csv"), CsvContentType, CsvWriter.Write(columns, rows)),
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };

    /// <summary>Like <see cref="Create{T}(ExportFormat, string, string?, IReadOnlyList{ExportColumn{T}}, IEnumerable{T})"/> for rows streamed from a query (XLSX rows are written as they arrive).</summary>
    public async Task<ExportFile> CreateAsync<T>(ExportFormat format, string title, string? filters, IReadOnlyList<ExportColumn<T>> columns,
        IAsyncEnumerable<T> rows, CancellationToken ct = default)
    {
        switch (format)
        {
            case ExportFormat.Xlsx:
                using (var stream = new MemoryStream())
                {
                    await XlsxWriter.WriteAsync(stream, title, TitleLine(title, filters), columns, rows, ct);
                    return new ExportFile(FileName(title, "xlsx"), XlsxContentType, stream.ToArray());
                }
            case ExportFormat.Csv:
                var list = new List<T>();
                await foreach (var row in rows.WithCancellation(ct))
                {
                    list.Add(row);
                }
                return new ExportFile(FileName(title, "csv"), CsvContentType, CsvWriter.Write(columns, list));
            default:
                throw new ArgumentOutOfRangeException(nameof(format));
        }
    }

    public ExportFile ToXlsx<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        Create(ExportFormat.Xlsx, title, columns, rows);

    public ExportFile ToCsv<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows) =>
        Create(ExportFormat.Csv, title, columns, rows);

    /// <summary>The XLSX title row: "{title} · {filters} · 截至 yyyy-MM-dd HH:mm" (county time).</summary>
    public string TitleLine(string title, string? filters, string asOfLabel = "截至") =>
        string.Join(" · ", new[] { title, filters, $"{asOfLabel} {clock.LocalNow.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)}" }.Where(s => !string.IsNullOrWhiteSpace(s)));

    public string FileName(string title, string extension)
    {
        var stem = new string(title.Select(c => Path.GetInvalidFileNameChars().Contains(c) || c is '\\' or ':' or '*' or '?' or '"' or '<' or '>' or '|' ? '_' : c).ToArray());
        return $"{stem}_{clock.Today:yyyy-MM-dd}.{extension}";
    }
}

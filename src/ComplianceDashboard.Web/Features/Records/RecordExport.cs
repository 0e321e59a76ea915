namespace ComplianceDashboard.Web.Features.Records;

/// <summary>Columns of the records list export, and the export of every record the filter selects (not only the shown page).</summary>
public static class RecordExport
{
    public static IReadOnlyList<ExportColumn<RecordRow>> Columns(IStringLocalizer l) =>
    [
        new(l["日期"], r => r.EventDate, ExportColumnType.Date),
        new(l["站所"], r => r.Station),
        new(l["类型"], r => l[r.KindName].Value),
        new(l["标题"], r => r.Title),
        new(l["站点/人员"], r => r.Subject),
        new(l["审核"], r => l[ReviewBadge.NameOf(r.Review)].Value),
        new(l["附件"], r => r.Attachments, ExportColumnType.Number),
        new(l["记录编号"], r => r.Id, ExportColumnType.Number),
    ];

    /// <summary>All matching records, streamed from the database into the file; returns the file and its row count.</summary>
    public static async Task<(ExportFile File, int Rows)> CreateAsync(TableExport exporter, RecordQueries queries, IStringLocalizer l, ExportFormat format,
        RecordFilterModel filter, IReadOnlyList<OptionItem<int>> stations, CancellationToken ct = default)
    {
        var count = 0;
        var file = await exporter.CreateAsync(format, l["记录列表"], filter.Describe(k => l[k], stations), Columns(l), Counted(queries.StreamAsync(filter.ToFilter(), ct: ct)), ct);
        return (file, count);

        async IAsyncEnumerable<RecordRow> Counted(IAsyncEnumerable<RecordRow> rows)
        {
            await foreach (var row in rows)
            {
                count++;
                yield return row;
            }
        }
    }
}

using ComplianceDashboard.Web.Infrastructure.Export;
using Microsoft.Extensions.Localization;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>Columns of the records list export.</summary>
public static class RecordExport
{
    public static IReadOnlyList<ExportColumn<RecordRow>> Columns(IStringLocalizer l) =>
    [
        new(l["日期"], r => r.EventDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
        new(l["站所"], r => r.Station),
        new(l["类型"], r => r.KindName),
        new(l["标题"], r => r.Title),
        new(l["站点/人员"], r => r.Subject),
        new(l["审核"], r => l[ReviewBadge.NameOf(r.Review)].Value),
        new(l["附件"], r => r.Attachments, ExportColumnType.Number),
        new(l["记录编号"], r => r.Id, ExportColumnType.Number),
    ];
}

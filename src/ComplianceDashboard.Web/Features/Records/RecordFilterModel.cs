using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Data.Entities;

namespace ComplianceDashboard.Web.Features.Records;

/// <summary>The list's filter as the filter bar edits it.</summary>
public sealed class RecordFilterModel
{
    public int? StationId { get; set; }
    public RecordKind? Kind { get; set; }
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public ReviewStatus? Review { get; set; }

    public RecordFilter ToFilter() => new(StationId, Kind, From, To, Review);
}

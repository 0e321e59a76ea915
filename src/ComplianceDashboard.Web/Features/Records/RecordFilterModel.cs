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

    /// <summary>The filter named by the list's query string (unknown values are ignored).</summary>
    public static RecordFilterModel FromQuery(int? station, string? kind, string? from, string? to) => new()
    {
        StationId = station,
        Kind = Enum.TryParse<RecordKind>(kind, ignoreCase: true, out var k) && Enum.IsDefined(k) ? k : null,
        From = DateOnly.TryParseExact(from, "yyyy-MM-dd", out var f) ? f : null,
        To = DateOnly.TryParseExact(to, "yyyy-MM-dd", out var t) ? t : null,
    };
}

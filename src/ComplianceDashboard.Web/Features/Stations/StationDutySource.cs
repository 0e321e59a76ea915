namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>A row of duties from outside the grading scheme, shown on the station's calendar heat map under the scheme's rows.</summary>
public sealed record ExtraDutyRow(string Label, IReadOnlyList<ObligationPeriod> Cells);

/// <summary>
/// A source of station duties that are not QL-2022 obligations (they never enter the grade), e.g. the 业扩 call-back
/// duties. Register implementations in DI; the station page asks every one of them for the caller's rows.
/// </summary>
public interface IStationDutySource
{
    Task<IReadOnlyList<ExtraDutyRow>> ForStationAsync(int stationId, int year, CancellationToken ct = default);
}

using ComplianceDashboard.Domain.Scoring;

namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>Links from a calendar cell to the form that closes it (pre-filled; the records feature reads these parameters).</summary>
public static class CellLinks
{
    public static string NewRecordUrl(StationGradeView view, ObligationPeriod cell)
    {
        var kind = view.Scheme.TryGetObligation(cell.ObligationId, out var obligation) ? obligation.RecordKinds[0].ToString() : "";
        var url = $"records/new?kind={kind}&station={view.Station.Id}&period={cell.Period.Key}";
        return cell.Scope switch
        {
            ObligationScope.ServicePoint => url + $"&point={cell.SubjectId}",
            ObligationScope.Supervisor => url + $"&person={cell.SubjectId}",
            _ => url,
        };
    }

    public static string StatusClass(ObligationStatus status) => $"status-badge status-{status}";
}

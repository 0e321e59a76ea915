namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>Links from a calendar cell to the form that closes it (pre-filled; the records feature reads these parameters).</summary>
public static class CellLinks
{
    public static string NewRecordUrl(StationGradeView view, ObligationPeriod cell)
    {
        var kind = view.Scheme.TryGetObligation(cell.ObligationId, out var obligation) ? obligation.RecordKinds[0] : (RecordKind?)null;
        return RecordFormDefaults.Link(kind, view.Station.Id, cell.Period.Key,
            point: cell.Scope == ObligationScope.ServicePoint ? cell.SubjectId : null,
            person: cell.Scope == ObligationScope.Supervisor ? cell.SubjectId : null);
    }
}

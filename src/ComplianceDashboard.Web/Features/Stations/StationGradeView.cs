namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>One station's latest grade for a year, decoded, with the names its cells and gaps refer to.</summary>
public sealed record StationGradeView(
    Station Station,
    int Year,
    GradeSnapshot? Snapshot,
    IReadOnlyList<ItemScore> Items,
    IReadOnlyList<ObligationPeriod> Calendar,
    IReadOnlyDictionary<int, string> ServicePointNames,
    IReadOnlyDictionary<int, string> PersonNames,
    Scheme Scheme)
{
    /// <summary>"（后陈村驻村服务站点）" or "（张伟）" for per-point / per-supervisor cells.</summary>
    public string SubjectName(ObligationPeriod cell) => cell.Scope switch
    {
        ObligationScope.ServicePoint when cell.SubjectId is { } id && ServicePointNames.TryGetValue(id, out var point) => point,
        ObligationScope.Supervisor when cell.SubjectId is { } id && PersonNames.TryGetValue(id, out var person) => person,
        _ => "",
    };

    public string ObligationName(string obligationId) =>
        Scheme.TryGetObligation(obligationId, out var o) ? o.Name : obligationId;
}

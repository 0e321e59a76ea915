using ComplianceDashboard.Web.Features.Competition;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// MD-2006 rows 6–11 (方案答复, 送电) computed from the 业扩 applications, so the fulfilment table and the 业扩 clocks
/// never disagree. Only for a station whose applications are kept here (any on record): a station that does not use the
/// 业扩 module keeps entering those rows by hand.
/// </summary>
public sealed class ConnectionFulfilmentSource(ConnectionFulfilmentQuery query) : IFulfilmentCaseSource
{
    public string? CasesUrl(int stationId, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"/connections/applications?station={stationId}&year={year}");

    public async Task<IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<FulfilmentCaseCount>>>> CountAsync(
        IReadOnlyCollection<int> stationIds, IReadOnlyList<(DateOnly From, DateOnly To)> periods, CancellationToken ct)
    {
        var counts = await query.CountUncheckedAsync(stationIds, periods, ct);
        return counts.ToDictionary(
            s => s.Key,
            s => (IReadOnlyList<IReadOnlyList<FulfilmentCaseCount>>)[.. s.Value.Select(rows =>
                (IReadOnlyList<FulfilmentCaseCount>)[.. rows.Select(r => new FulfilmentCaseCount(r.RowNumber, r.Total, r.Unmet))])]);
    }
}

namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>Cases of one 服务承诺兑现表 row in a period: how many, and how many missed the commitment.</summary>
public sealed record FulfilmentCaseCount(int RowNumber, int Total, int Unmet);

/// <summary>
/// The seam for rows that can be computed from another module's cases instead of being entered — rows 6–11
/// (供电方案答复, 送电) from the 业扩 applications. Register implementations in DI
/// (<c>services.AddScoped&lt;IFulfilmentCaseSource, …&gt;()</c>); for every row a source returns, the row is shown
/// computed (read-only, marked with the source) and entered figures for it are ignored. With no source registered,
/// every row is entered by hand.
/// </summary>
public interface IFulfilmentCaseSource
{
    /// <summary>Short label shown on computed rows (e.g. "业扩").</summary>
    string Name => "业扩";

    /// <summary>Where the cases behind the counts are listed (the row's drill-down links there); null when nowhere.</summary>
    string? CasesUrl(int stationId, int year) => null;

    /// <summary>
    /// Counts, per row it can compute, for each station's cases in each period (both ends inclusive), all at once so a
    /// table of many units or a row's twelve months costs one load: <c>result[stationId][i]</c> is <paramref name="periods"/>[i].
    /// A station it computes nothing for is left out.
    /// </summary>
    Task<IReadOnlyDictionary<int, IReadOnlyList<IReadOnlyList<FulfilmentCaseCount>>>> CountAsync(
        IReadOnlyCollection<int> stationIds, IReadOnlyList<(DateOnly From, DateOnly To)> periods, CancellationToken ct);
}

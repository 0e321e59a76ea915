namespace ComplianceDashboard.Web.Features.Overview;

/// <summary>What the ranking grid asks for: a page, a sort and filters; all applied in the database.</summary>
public sealed record RankingRequest(
    DashboardPeriod Period,
    int Skip,
    int Take,
    string? SortBy = null,
    bool Descending = false,
    string? Search = null,
    string? GradeCode = null);

public sealed record RankingPage(IReadOnlyList<StationRanking> Rows, int TotalCount);

/// <summary>
/// The overview's station ranking for thousands of stations: paging, sorting and filtering run in SQL (the latest
/// snapshot of each readable station; rank, change and the period's month statistics as correlated subqueries).
/// </summary>
public static class RankingQuery
{
    public const string Rank = nameof(StationRanking.Rank);

    private sealed class Row
    {
        public int StationId { get; init; }
        public string Code { get; init; } = "";
        public string Name { get; init; } = "";
        public decimal Total { get; init; }
        public string GradeCode { get; init; } = "";
        public string GradeLabel { get; init; } = "";
        public bool IsFinal { get; init; }
        public DateTime ComputedAt { get; init; }
        public int Rank { get; init; }
        public decimal? Previous { get; init; }
        public int Missing { get; init; }
        public int Late { get; init; }
        public decimal RiskDeduction { get; init; }
    }

    public static async Task<RankingPage> LoadAsync(AppDbContext db, StationScope scope, RankingRequest request, CancellationToken ct = default)
    {
        var query = Filter(Rows(db, scope, request.Period), request);
        var total = await query.CountAsync(ct);
        var rows = await Sort(query, request.SortBy, request.Descending)
            .Skip(Math.Max(0, request.Skip)).Take(Math.Clamp(request.Take, 1, 1000))
            .ToListAsync(ct);
        return new RankingPage([.. rows.Select(ToRanking)], total);
    }

    /// <summary>Every row that matches the filters, in the requested order (for export).</summary>
    public static async Task<IReadOnlyList<StationRanking>> AllAsync(AppDbContext db, StationScope scope, RankingRequest request, CancellationToken ct = default)
    {
        var rows = await Sort(Filter(Rows(db, scope, request.Period), request), request.SortBy, request.Descending).ToListAsync(ct);
        return [.. rows.Select(ToRanking)];
    }

    private static StationRanking ToRanking(Row r) =>
        new(r.StationId, r.Code, r.Name, r.Total, r.GradeCode, r.GradeLabel, r.IsFinal,
            r.Previous is { } before ? r.Total - before : null, r.ComputedAt, r.Missing, r.Late, r.RiskDeduction)
        { Rank = r.Rank };

    private static IQueryable<Row> Rows(AppDbContext db, StationScope scope, DashboardPeriod period)
    {
        var year = period.Year;
        var first = period.FirstMonth;
        var last = period.LastMonth;
        var stations = scope.Filter(db.Stations.AsNoTracking());
        var latest = from s in db.GradeSnapshots.AsNoTracking()
                     join st in stations on s.StationId equals st.Id
                     where s.Year == year && s.IsLatest
                     select new { s, st };
        return from x in latest
               select new Row
               {
                   StationId = x.s.StationId,
                   Code = x.st.Code,
                   Name = x.st.Name,
                   Total = x.s.Total,
                   GradeCode = x.s.GradeCode,
                   GradeLabel = x.s.GradeLabel,
                   IsFinal = x.s.IsFinal,
                   ComputedAt = x.s.ComputedAt,
                   // Rank among the readable stations: higher total first, then station code (as OverviewQuery).
                   // string.Compare becomes SQL "<", ordinal under the BINARY collation; the ordinal overload has no translation.
#pragma warning disable CA1309
                   Rank = latest.Count(o => o.s.Total > x.s.Total || (o.s.Total == x.s.Total && string.Compare(o.st.Code, x.st.Code) < 0)) + 1,
#pragma warning restore CA1309
                   Previous = db.GradeSnapshots.Where(o => o.StationId == x.s.StationId && o.Year == year && !o.IsLatest)
                       .OrderByDescending(o => o.AsOf).ThenByDescending(o => o.Id).Select(o => (decimal?)o.Total).FirstOrDefault(),
                   Missing = db.StationMonthStats.Where(m => m.StationId == x.s.StationId && m.Year == year && m.Month >= first && m.Month <= last).Sum(m => (int?)m.Missing) ?? 0,
                   Late = db.StationMonthStats.Where(m => m.StationId == x.s.StationId && m.Year == year && m.Month >= first && m.Month <= last).Sum(m => (int?)m.Late) ?? 0,
                   RiskDeduction = db.StationMonthStats.Where(m => m.StationId == x.s.StationId && m.Year == year && m.Month >= first && m.Month <= last).Sum(m => (decimal?)m.RiskDeduction) ?? 0,
               };
    }

    private static IQueryable<Row> Filter(IQueryable<Row> rows, RankingRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim();
            rows = rows.Where(r => r.Name.Contains(text) || r.Code.Contains(text));
        }
        if (!string.IsNullOrEmpty(request.GradeCode))
        {
            rows = rows.Where(r => r.GradeCode == request.GradeCode);
        }
        return rows;
    }

    private static IQueryable<Row> Sort(IQueryable<Row> rows, string? sortBy, bool descending) => (sortBy, descending) switch
    {
        (nameof(StationRanking.Name), _) => rows.OrderByColumn(r => r.Name, descending).ThenBy(r => r.Code),
        (nameof(StationRanking.Total) or nameof(StationRanking.GradeLabel), false) => rows.OrderBy(r => r.Total).ThenBy(r => r.Code),
        (nameof(StationRanking.Missing), _) => rows.OrderByColumn(r => r.Missing, descending).ThenBy(r => r.Rank),
        (nameof(StationRanking.Late), _) => rows.OrderByColumn(r => r.Late, descending).ThenBy(r => r.Rank),
        (nameof(StationRanking.RiskDeduction), _) => rows.OrderByColumn(r => r.RiskDeduction, descending).ThenBy(r => r.Rank),
        (nameof(StationRanking.Change), _) => rows.OrderByColumn(r => r.Total - r.Previous, descending).ThenBy(r => r.Rank),
        (Rank, true) => rows.OrderByDescending(r => r.Total).ThenByDescending(r => r.Code),
        // Total descending, GradeLabel descending, rank ascending and the default: best first.
        _ => rows.OrderByDescending(r => r.Total).ThenBy(r => r.Code),
    };
}

namespace ComplianceDashboard.Web.Features.Evaluation;

/// <summary>One station × month of a round's year (§7.2).</summary>
public sealed record MonthlyPerformanceRow(string StationCode, string StationName, string Month, int Due, int OnTime, int Late, int Missing,
    decimal? OnTimeRate, decimal? CompletionRate, decimal RiskDeduction, string Grade);

/// <summary>
/// 月度绩效: each station in the round × 12 months from StationMonthStats: obligations due, on time, late, missing,
/// on-time rate (on time / due), completion rate ((on time + late) / due), risk deductions, and the final grade
/// (the finalised one, or the latest snapshot's marked 暂定).
/// </summary>
public sealed class MonthlyPerformanceService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, TableExport export)
{
    public static IReadOnlyList<ExportColumn<MonthlyPerformanceRow>> Columns { get; } =
    [
        new("站所编号", r => r.StationCode),
        new("站所", r => r.StationName),
        new("月份", r => r.Month),
        new("应完成", r => r.Due, ExportColumnType.Number),
        new("按时", r => r.OnTime, ExportColumnType.Number),
        new("逾期补录", r => r.Late, ExportColumnType.Number),
        new("缺失", r => r.Missing, ExportColumnType.Number),
        new("按时完成率", r => r.OnTimeRate, ExportColumnType.Percent),
        new("完成率（含补录）", r => r.CompletionRate, ExportColumnType.Percent),
        new("风险扣分", r => r.RiskDeduction, ExportColumnType.Number),
        new("年度等级", r => r.Grade),
    ];

    public async Task<(string Title, IReadOnlyList<MonthlyPerformanceRow> Rows)?> RowsAsync(long roundId, CancellationToken ct = default)
    {
        currentUser.EnsureReadsAll();
        await using var db = await factory.CreateDbContextAsync(ct);
        var round = await db.EvaluationRounds.AsNoTracking().Where(r => r.Id == roundId)
            .Select(r => new { r.Year, r.Name, Ids = r.Stations.Select(s => s.StationId).ToList() }).FirstOrDefaultAsync(ct);
        if (round is null)
        {
            return null;
        }
        var stations = await db.Stations.AsNoTracking().Where(s => round.Ids.Contains(s.Id)).OrderBy(s => s.Code)
            .Select(s => new { s.Id, s.Code, s.Name }).ToListAsync(ct);
        var stats = await db.StationMonthStats.AsNoTracking().Where(s => round.Ids.Contains(s.StationId) && s.Year == round.Year)
            .ToDictionaryAsync(s => (s.StationId, s.Month), ct);
        var finals = (await db.GradeFinalizations.AsNoTracking().Where(f => round.Ids.Contains(f.StationId) && f.Year == round.Year && f.ReopenedAt == null)
            .Select(f => new { f.Id, f.StationId, f.Total, f.GradeLabel }).ToListAsync(ct))
            .GroupBy(f => f.StationId).ToDictionary(g => g.Key, g => g.MaxBy(f => f.Id)!);
        var latest = await db.GradeSnapshots.AsNoTracking().Where(s => round.Ids.Contains(s.StationId) && s.Year == round.Year && s.IsLatest)
            .ToDictionaryAsync(s => s.StationId, s => new { s.Total, s.GradeLabel }, ct);
        var rows = new List<MonthlyPerformanceRow>(stations.Count * 12);
        foreach (var s in stations)
        {
            var grade = finals.TryGetValue(s.Id, out var f) ? $"{f.GradeLabel}（{f.Total:0.#}分）"
                : latest.TryGetValue(s.Id, out var l) ? $"暂定 {l.GradeLabel}（{l.Total:0.#}分）" : "未评分";
            for (var m = 1; m <= 12; m++)
            {
                stats.TryGetValue((s.Id, m), out var st);
                var due = st?.Due ?? 0;
                rows.Add(new MonthlyPerformanceRow(s.Code, s.Name, $"{round.Year:D4}-{m:D2}", due, st?.OnTime ?? 0, st?.Late ?? 0, st?.Missing ?? 0,
                    due == 0 ? null : Math.Round((decimal)st!.OnTime / due, 4),
                    due == 0 ? null : Math.Round((decimal)(st!.OnTime + st.Late) / due, 4),
                    st?.RiskDeduction ?? 0, grade));
            }
        }
        return ($"{round.Name}_月度绩效", rows);
    }

    public async Task<ExportFile?> ExportAsync(long roundId, ExportFormat format, CancellationToken ct = default)
    {
        var data = await RowsAsync(roundId, ct);
        return data is null ? null : export.Create(format, data.Value.Title, Columns, data.Value.Rows);
    }
}

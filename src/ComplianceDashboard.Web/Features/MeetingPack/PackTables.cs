using ComplianceDashboard.Web.Features.Overview;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>One table cell: a string, a number (decimal/int), a DateOnly or null, and its shading (RRGGBB) for heat maps.</summary>
public sealed record PackCell(object? Value, string? Fill = null)
{
    public string Text => Value switch
    {
        null => "",
        decimal d => d.ToString("0.#", CultureInfo.InvariantCulture),
        int i => i.ToString(CultureInfo.InvariantCulture),
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => Convert.ToString(Value, CultureInfo.InvariantCulture) ?? "",
    };

    public static implicit operator PackCell(string? text) => new((object?)text, null);

    public static implicit operator PackCell(decimal number) => new((object?)number, null);

    public static implicit operator PackCell(int number) => new((object?)number, null);

    public static implicit operator PackCell(DateOnly date) => new((object?)date, null);
}

/// <summary>A table of the pack: its sheet name, title, column headers and rows (the same in the report, the slides and the workbook).</summary>
public sealed record PackTable(string Sheet, string Title, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<PackCell>> Rows);

/// <summary>The pack's tables, built once from <see cref="MeetingPackData"/>.</summary>
public static class PackTables
{
    public static PackTable Summary(MeetingPackData data)
    {
        var k = data.Overview.Kpis;
        List<IReadOnlyList<PackCell>> rows =
        [
            ["参评站所数", k.StationsGraded],
            ["平均得分", new PackCell(k.AverageScore)],
            .. k.Bands.Select(b => (IReadOnlyList<PackCell>)[$"{b.Label}站所数", b.Count]),
            ["本季度缺失履职事项", k.Overdue],
            ["本季度风险防控扣分", k.RiskDeduction],
            ["低于60分站所数", data.BelowPass.Count],
        ];
        return new("总体情况", "总体情况", ["指标", "数值"], rows);
    }

    public static PackTable Grades(MeetingPackData data) =>
        new("等级分布", "等级分布", ["等级", "站所数"], [.. data.Overview.Kpis.Bands.Select(b => (IReadOnlyList<PackCell>)[b.Label, b.Count])]);

    /// <summary>On-time rate (%) per station and month, shaded with the screen's heat-map bands.</summary>
    public static PackTable DutyHeatMap(MeetingPackData data, int? maxRows = null) =>
        HeatMap(data, "履职热力图", "履职热力图（按时完成率，%）", maxRows, (cell, state) => state switch
        {
            MonthState.Future => new PackCell("未到期", Color(HeatMapOptions.NotYetDue, HeatMapOptions.PeriodRanges())),
            MonthState.Running => new PackCell("进行中", Color(HeatMapOptions.Running, HeatMapOptions.PeriodRanges())),
            _ when cell?.OnTimeRate is { } rate => new PackCell(rate * 100, Color(rate * 100, HeatMapOptions.RateRanges)),
            _ => new PackCell((object?)null),
        });

    /// <summary>Risk deductions (points) per station and month, shaded with the screen's bands.</summary>
    public static PackTable RiskHeatMap(MeetingPackData data, int? maxRows = null) =>
        HeatMap(data, "风险扣分热力图", "风险防控扣分热力图（分）", maxRows, (cell, state) => state switch
        {
            MonthState.Future => new PackCell("未到期", Color(HeatMapOptions.NotYetDue, HeatMapOptions.PeriodRanges())),
            MonthState.Running when cell is not { RiskDeduction: > 0 } => new PackCell("进行中", Color(HeatMapOptions.Running, HeatMapOptions.PeriodRanges())),
            _ when cell is not null => new PackCell(cell.RiskDeduction, Color(cell.RiskDeduction, OverviewCharts.RiskRanges)),
            _ => new PackCell((object?)null),
        });

    public static PackTable Ranking(MeetingPackData data) => new("站所排名", "站所排名及较上季度变化",
        ["名次", "站所", "得分", "等级", "较上次", "较上季度末", "本季缺失", "本季逾期", "本季风险扣分"],
        [.. data.Ranking.Select(r => (IReadOnlyList<PackCell>)
        [
            r.Row.Rank, r.Row.Name, r.Row.Total, r.Row.IsFinal ? r.Row.GradeLabel : $"{r.Row.GradeLabel}（暂定）",
            new PackCell(r.Row.Change), new PackCell(r.ChangeSincePreviousQuarter), r.Row.Missing, r.Row.Late, r.Row.RiskDeduction,
        ])]);

    public static PackTable BelowPass(MeetingPackData data) => new("低于60分站所", "低于60分的站所及缺失事项",
        ["站所", "得分", "缺失的履职事项", "风险防控扣分"],
        [.. data.BelowPass.Select(g => (IReadOnlyList<PackCell>)
        [
            g.Name, g.Total, g.Missing.Count == 0 ? "无" : string.Join("；", g.Missing), g.Deductions.Count == 0 ? "无" : string.Join("；", g.Deductions),
        ])]);

    public static PackTable NextQuarter(MeetingPackData data) => new("下季度重点履职事项", "下季度重点履职事项",
        ["事项", "名称", "涉及站所", "应履职项数", "最早到期", "影响分值"],
        [.. data.NextQuarter.Select(d => (IReadOnlyList<PackCell>)[d.ObligationId, d.Name, d.Stations, d.Cells, d.FirstDue, d.PointsAtStake])]);

    public static PackTable Trend(MeetingPackData data) => new("得分趋势", "全县平均分月度趋势", ["月份", "平均分"],
        [.. data.Overview.Trend.Select(t => (IReadOnlyList<PackCell>)[MeetingPackData.MonthLabel(t.Month), new PackCell(t.AverageScore)])]);

    public static PackTable? Radar(MeetingPackData data) => data.Radar is not { } radar ? null : new("站所雷达", $"{radar.StationName}各一级指标得分率（%）",
        ["一级指标", "得分率（%）"], [.. radar.Axes.Select(a => (IReadOnlyList<PackCell>)[a.Axis, new PackCell(a.Percent)])]);

    public static PackTable Section(MeetingPackSectionContent section) => new(section.Title, section.Title, section.Columns,
        [.. section.Rows.Select(r => (IReadOnlyList<PackCell>)[.. r.Select(v => new PackCell(v is double d ? (decimal)d : v))])]);

    /// <summary>The heat-map rows as on screen: the stations needing attention first (lowest totals), listed by code.</summary>
    public static IReadOnlyList<StationRanking> HeatMapRows(MeetingPackData data, int? maxRows) =>
        [.. data.Overview.Ranking.OrderBy(r => r.Total).ThenBy(r => r.Code, StringComparer.Ordinal)
            .Take(maxRows ?? HeatMapOptions.MaxRows).OrderBy(r => r.Code, StringComparer.Ordinal)];

    private static PackTable HeatMap(MeetingPackData data, string sheet, string title, int? maxRows, Func<MonthCell?, MonthState, PackCell> value)
    {
        var cells = data.Overview.Cells.ToDictionary(c => (c.StationId, c.Month));
        var months = data.Period.Months.ToList();
        return new(sheet, title, ["站所", .. months.Select(MeetingPackData.MonthLabel)],
            [.. HeatMapRows(data, maxRows).Select(r => (IReadOnlyList<PackCell>)
            [
                r.Name,
                .. months.Select(m => value(cells.GetValueOrDefault((r.StationId, m)), OverviewCharts.StateOf(data.Period.Year, m, data.Overview.Today))),
            ])]);
    }

    private static string? Color(decimal value, IReadOnlyList<ColorRange> ranges) =>
        ranges.FirstOrDefault(r => value >= r.From && value <= r.To)?.Color.TrimStart('#').ToUpperInvariant();
}

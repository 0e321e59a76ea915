namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>The columns of the competition's exports (XLSX/CSV through <see cref="TableExport"/>), headers in Chinese.</summary>
public static class CompetitionExports
{
    public static readonly IReadOnlyList<ExportColumn<EntryRow>> Entries =
    [
        new("名次", r => r.Rank, ExportColumnType.Number),
        new("单位", r => r.UnitName),
        new("类型", r => CompetitionNames.Of(r.Type)),
        new("抽签序号", r => r.DrawOrder, ExportColumnType.Number),
        new("自评", r => r.SelfSubmitted ? "已提交" : "未提交"),
        new("自评分", r => r.SelfTotal, ExportColumnType.Number),
        new("考评得分", r => r.EvaluatorTotal, ExportColumnType.Number),
        new("已评项", r => r.ScoredItems, ExportColumnType.Number),
        new("已定稿", r => r.IsFinal ? "是" : "否"),
    ];

    public static readonly IReadOnlyList<ExportColumn<FulfilmentRowView>> Rows =
    [
        new("序号", r => r.Result.Row.Number, ExportColumnType.Number),
        new("项目", r => r.Result.Row.Name),
        new("应兑现标准", r => r.Result.Row.Standard),
        new("实际值（%）", r => r.Result.Entry?.Rate, ExportColumnType.Number),
        new("总数", r => r.Result.Entry?.Total, ExportColumnType.Number),
        new("未达到要求数", r => r.Result.Entry?.Unmet, ExportColumnType.Number),
        new("兑现率", r => r.Result.FulfilmentRate, ExportColumnType.Percent),
        new("考核分", r => r.Result.Points, ExportColumnType.Number),
        new("权重", r => r.Result.Row.Weight, ExportColumnType.Number),
        new("来源", r => r.ComputedBy ?? "手工填报"),
    ];

    /// <summary>The heat map as a table: one row per unit, one 兑现率 column per fulfilment row.</summary>
    public static IReadOnlyList<ExportColumn<(int Id, string Name)>> HeatMap(FulfilmentHeatMap map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return
        [
            new("单位", u => u.Name),
            .. map.Rows.Select(row => new ExportColumn<(int Id, string Name)>(
                string.Create(CultureInfo.InvariantCulture, $"{row.Number} {row.Name}"), u => map.Rates.GetValueOrDefault((u.Id, row.Number)), ExportColumnType.Percent)),
        ];
    }
}

namespace ComplianceDashboard.Web.Components.Charts;

/// <summary>A level-1 score and its maximum (e.g. 组织建设 18 of 20).</summary>
public sealed record RadarScore(string Name, decimal Score, decimal Max);

public sealed record RadarSeries(string Name, IReadOnlyList<RadarScore> Scores);

public static class RadarOptions
{
    public static readonly IReadOnlyList<string> Level1 = ["组织建设", "服务效能", "监督管理", "风险防控"];

    /// <summary>Each axis shows score ÷ max as a percentage (0–100, one decimal), so unequal maxima compare fairly.
    /// The axes are those of the first series; the others are matched by name.</summary>
    public static ChartOptions Create(params RadarSeries[] series)
    {
        var axes = series.Length == 0 ? [] : series[0].Scores.Select(s => s.Name).ToList();
        return new ChartOptions
        {
            Chart = new() { Type = "radar" },
            Series = series.Select(s => new ChartSeries(s.Name, axes
                    .Select(a => new ChartPoint(Percent(s.Scores.FirstOrDefault(x => x.Name == a))))
                    .ToList()))
                .ToList(),
            Xaxis = new() { Categories = axes },
            Yaxis = new() { Min = 0, Max = 100, TickAmount = 4 },
            Stroke = new(Width: 2),
        };
    }

    public static decimal? Percent(RadarScore? score) =>
        score is null || score.Max <= 0 ? null : Math.Round(score.Score / score.Max * 100, 1, MidpointRounding.AwayFromZero);
}

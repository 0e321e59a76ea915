using ComplianceDashboard.Domain.Integrity;

namespace ComplianceDashboard.Web.Features.Integrity;

/// <summary>The stations × signal-kind heat map: the number of open signals in each cell.</summary>
public static class IntegrityCharts
{
    public static readonly IReadOnlyList<ColorRange> CountRanges =
    [
        new(0, 0, "#2e7d32", "无待处理信号"),
        new(1, 2, "#f9a825", "1–2个"),
        new(3, 100000, "#c62828", "3个及以上"),
    ];

    public static string CellUrl(int year, int stationId, SignalKind kind) =>
        string.Create(CultureInfo.InvariantCulture, $"integrity?year={year}&station={stationId}&kind={kind}");

    /// <param name="translate">Names in the UI language (<c>s => L[s]</c>).</param>
    public static ChartOptions HeatMap(IReadOnlyList<SignalView> signals, IReadOnlyList<(int Id, string Name)> stations, int year, Func<string, string> translate)
    {
        var open = signals.Where(s => s.IsOpen).ToList();
        // The stations with most open signals first when there are too many to draw; shown in code order.
        var counted = open.GroupBy(s => s.StationId).ToDictionary(g => g.Key, g => g.Count());
        var rows = HeatMapOptions.UniqueLabels(stations)
            .OrderByDescending(s => counted.GetValueOrDefault(s.Id)).ThenBy(s => s.Id)
            .Take(HeatMapOptions.MaxRows).OrderBy(s => s.Id)
            .ToList();
        var kinds = Enum.GetValues<SignalKind>();
        var counts = open.GroupBy(s => (s.StationId, s.Kind)).ToDictionary(g => g.Key, g => g.Count());
        var cells = from station in rows
                    from kind in kinds
                    let count = counts.GetValueOrDefault((station.Id, kind))
                    select new HeatMapCell(station.Name, translate(IntegritySignal.KindName(kind)), count, CellUrl(year, station.Id, kind),
                        string.Create(CultureInfo.InvariantCulture, $"{translate(IntegritySignal.KindName(kind))}：{count}"));
        return HeatMapOptions.Create([.. rows.Select(r => r.Name)], [.. kinds.Select(k => translate(IntegritySignal.KindName(k)))], cells,
            HeatMapOptions.Translated(CountRanges, translate));
    }
}

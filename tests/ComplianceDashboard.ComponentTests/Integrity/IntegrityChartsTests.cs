using ComplianceDashboard.Domain.Integrity;
using ComplianceDashboard.Web.Features.Integrity;

namespace ComplianceDashboard.ComponentTests.Integrity;

public class IntegrityChartsTests
{
    private static SignalView Signal(int station, SignalKind kind, bool open = true) =>
        new(station * 100 + (int)kind, $"{kind}:{station}", kind, station, $"WY{station:D4}", "", 2026, 3, 0.5, new SignalText(""), [1], new DateTime(2026, 4, 1),
            open ? null : new ExplanationView("kaoping", "已核实", new DateTime(2026, 4, 2)));

    [Fact]
    public void Each_cell_counts_the_open_signals_of_its_station_and_kind_and_links_to_the_filtered_list()
    {
        IReadOnlyList<(int, string)> stations = [(1, "桐琴供电所"), (2, "泉溪供电所")];
        SignalView[] signals = [Signal(1, SignalKind.LateEntry), Signal(1, SignalKind.CopiedText), Signal(2, SignalKind.CopiedText, open: false)];

        var chart = IntegrityCharts.HeatMap(signals, stations, 2026, s => s);

        var tongqin = chart.Series.Single(s => s.Name == "桐琴供电所");
        Assert.Equal(6, tongqin.Data.Count);
        Assert.Equal(1m, tongqin.Data.Single(p => p.X == "文本雷同").Y);
        Assert.Equal("integrity?year=2026&station=1&kind=CopiedText", tongqin.Data.Single(p => p.X == "文本雷同").Id);
        Assert.Equal(0m, chart.Series.Single(s => s.Name == "泉溪供电所").Data.Single(p => p.X == "文本雷同").Y); // explained: not open
    }

    [Fact]
    public void Two_stations_of_the_same_name_get_their_own_rows()
    {
        IReadOnlyList<(int, string)> stations = [(1, "新宅供电所"), (2, "新宅供电所")];

        var chart = IntegrityCharts.HeatMap([Signal(2, SignalKind.LateEntry)], stations, 2026, s => s);

        Assert.Equal(["新宅供电所（#1）", "新宅供电所（#2）"], chart.Series.Select(s => s.Name).Order(StringComparer.Ordinal));
    }
}

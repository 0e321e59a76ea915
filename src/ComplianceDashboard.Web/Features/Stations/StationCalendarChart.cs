using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Components.Charts;

namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>The station's obligation calendar as a heat map: obligations × months, coloured by the worst status of the month.</summary>
public static class StationCalendarChart
{
    public static readonly IReadOnlyList<ColorRange> StatusRanges =
    [
        new(1, 1, "#c62828", "缺失"),
        new(2, 2, "#90a4ae", "未到期"),
        new(3, 3, "#f9a825", "逾期补录"),
        new(4, 4, "#2e7d32", "按时"),
    ];

    public static decimal? Code(ObligationStatus status) => status switch
    {
        ObligationStatus.Missing => 1,
        ObligationStatus.Pending => 2,
        ObligationStatus.Late => 3,
        ObligationStatus.OnTime => 4,
        _ => null,
    };

    public static string RowLabel(StationGradeView view, string obligationId) => $"{obligationId} {view.ObligationName(obligationId)}";

    public static ChartOptions Create(StationGradeView view)
    {
        var owed = view.Calendar.Where(c => c.Status != ObligationStatus.NotApplicable && c.DueDate.Year == view.Year).ToList();
        var rows = view.Scheme.Obligations.Select(o => o.Id).Where(id => owed.Any(c => c.ObligationId == id)).ToList();
        var cells = owed.GroupBy(c => (c.ObligationId, c.DueDate.Month)).Select(g =>
        {
            var worst = g.MinBy(c => Code(c.Status))!.Status;
            var counts = string.Join("，", g.GroupBy(c => c.Status).Select(s => $"{ChineseStatus(s.Key)}{s.Count()}"));
            return new HeatMapCell(RowLabel(view, g.Key.ObligationId), $"{g.Key.Month}月", Code(worst),
                $"stations/{view.Station.Id}/months/{view.Year}-{g.Key.Month:D2}", $"{g.First().Period.Label}：{counts}");
        });
        return HeatMapOptions.Create([.. rows.Select(id => RowLabel(view, id))], [.. Enumerable.Range(1, 12).Select(m => $"{m}月")], cells, StatusRanges);
    }

    public static string ChineseStatus(ObligationStatus status) => Domain.Scoring.ChineseNames.Of(status);
}

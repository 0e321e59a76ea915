using System.Runtime.CompilerServices;

namespace ComplianceDashboard.Web.Features.Stations;

/// <summary>
/// The station's obligation calendar as a heat map: obligations × months, coloured by the most urgent status of the
/// month as of today. Months not yet due and the running month get their own colours, never the green of "按时".
/// </summary>
public static class StationCalendarChart
{
    private static readonly DutyStatus[] Shown =
        [DutyStatus.Missing, DutyStatus.DueToday, DutyStatus.InProgress, DutyStatus.NotYetDue, DutyStatus.Late, DutyStatus.OnTime];

    /// <summary>One band per status (value = the status' number), named in the legend through <paramref name="text"/>.</summary>
    public static IReadOnlyList<ColorRange> StatusRanges(Func<string, string> text) =>
        [.. Shown.Select(s => new ColorRange((int)s, (int)s, DutyStatuses.Hex(s), text(DutyStatuses.Label(s))))];

    public static string RowLabel(StationGradeView view, string obligationId) => $"{obligationId} {view.ObligationName(obligationId)}";

    private sealed record Built(DateOnly Today, string Culture, IReadOnlyList<ExtraDutyRow> Extra, ChartOptions Options);

    /// <summary>The last chart built from this grade view (GradeReadCache hands out one view per station between regrades).</summary>
    private static readonly ConditionalWeakTable<StationGradeView, Built> LastBuilt = [];

    /// <summary>
    /// <see cref="Create"/>, reused while the grade view, the day, the UI language and the other duty sources' rows are
    /// the same (the chart depends on nothing else; <paramref name="text"/> translates into the current UI culture).
    /// </summary>
    public static ChartOptions For(StationGradeView view, DateOnly today, Func<string, string> text, IReadOnlyList<ExtraDutyRow> extra)
    {
        var culture = CultureInfo.CurrentUICulture.Name;
        if (LastBuilt.TryGetValue(view, out var built) && built.Today == today && built.Culture == culture && SameRows(built.Extra, extra))
        {
            return built.Options;
        }
        var options = Create(view, today, text, extra);
        LastBuilt.AddOrUpdate(view, new Built(today, culture, extra, options));
        return options;
    }

    private static bool SameRows(IReadOnlyList<ExtraDutyRow> a, IReadOnlyList<ExtraDutyRow> b) =>
        a.Count == b.Count && a.Zip(b).All(p => p.First.Label == p.Second.Label && p.First.Cells.Count == p.Second.Cells.Count
            && p.First.Cells.Zip(p.Second.Cells).All(c => SameCell(c.First, c.Second)));

    // A cell's record ids are a list (compared by reference in the record's own equality): compare them by value.
    private static bool SameCell(ObligationPeriod x, ObligationPeriod y) =>
        x.ObligationId == y.ObligationId && x.Period == y.Period && x.DueDate == y.DueDate && x.Scope == y.Scope
        && x.SubjectId == y.SubjectId && x.Status == y.Status && x.RecordIds.SequenceEqual(y.RecordIds);

    /// <param name="extra">Rows of other duty sources (<see cref="IStationDutySource"/>), drawn under the scheme's obligations by their cells' period month.</param>
    public static ChartOptions Create(StationGradeView view, DateOnly today, Func<string, string> text, IReadOnlyList<ExtraDutyRow>? extra = null)
    {
        var owed = view.Calendar.Where(c => c.Status != ObligationStatus.NotApplicable && c.DueDate.Year == view.Year).ToList();
        var rows = view.Scheme.Obligations.Select(o => o.Id).Where(id => owed.Any(c => c.ObligationId == id)).ToList();
        var extraCells = (extra ?? []).SelectMany(row => row.Cells.Where(c => c.Status != ObligationStatus.NotApplicable).GroupBy(c => c.Period.Start.Month).Select(g =>
        {
            var statuses = g.Select(c => DutyStatuses.Of(c, today)).ToList();
            var counts = string.Join("，", statuses.GroupBy(s => s).OrderBy(s => s.Key).Select(s => $"{text(DutyStatuses.Label(s.Key))}{s.Count()}"));
            return new HeatMapCell(text(row.Label), MonthLabel(g.Key), (int)statuses.Min(), null, $"{g.First().Period.Label}：{counts}");
        })).ToList();
        var cells = owed.GroupBy(c => (c.ObligationId, c.DueDate.Month)).Select(g =>
        {
            var statuses = g.Select(c => DutyStatuses.Of(c, today)).ToList();
            var worst = statuses.Min();
            var counts = string.Join("，", statuses.GroupBy(s => s).OrderBy(s => s.Key).Select(s => $"{text(DutyStatuses.Label(s.Key))}{s.Count()}"));
            return new HeatMapCell(RowLabel(view, g.Key.ObligationId), MonthLabel(g.Key.Month), (int)worst,
                $"stations/{view.Station.Id}/months/{view.Year}-{g.Key.Month:D2}", $"{g.First().Period.Label}：{counts}");
        });
        return HeatMapOptions.Create([.. rows.Select(id => RowLabel(view, id)), .. (extra ?? []).Select(r => text(r.Label))],
            [.. Enumerable.Range(1, 12).Select(m => MonthLabel(m))], [.. cells, .. extraCells], StatusRanges(text));
    }

    private static string MonthLabel(int month) => Infrastructure.PeriodText.Month(month);
}

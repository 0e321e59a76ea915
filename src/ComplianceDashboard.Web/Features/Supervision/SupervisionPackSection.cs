using ComplianceDashboard.Web.Features.MeetingPack;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>
/// The joint-meeting pack's chapter "逾期问题与信访案件": the supervision report's figures for the pack's quarter and
/// stations (<see cref="SupervisionDashboardService.Report"/> over the same rows the report page reads), a one-sentence
/// message, and the findings still overdue at quarter end. Cases appear only as counts — never a reporter, a subject
/// or a concerned person, since the pack can be built by non-纪委 users.
/// </summary>
public sealed class SupervisionPackSection(IDbContextFactory<AppDbContext> factory, AppClock clock, IOptions<SupervisionOptions> options,
    HolidayCalendar holidays) : IMeetingPackSection
{
    public const string Title = "逾期问题与信访案件";

    public int Order => 10;

    public async Task<MeetingPackSectionContent?> BuildAsync(MeetingPackRequest request, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(request);
        var today = clock.Today;
        var (findings, cases) = await RowsAsync(request.IsCounty ? null : request.StationIds, today, ct);
        var report = SupervisionDashboardService.Report(request.Year, request.Quarter, null, today, findings, cases);
        var asOf = report.AsOf(today);
        var overdue = findings.Where(r => SupervisionDashboardService.OverdueAt(r, asOf))
            .Select(r => (Row: r, Days: asOf.DayNumber - r.Deadline.DayNumber))
            .OrderByDescending(x => x.Days).ThenBy(x => x.Row.StationName, StringComparer.Ordinal).ThenBy(x => x.Row.Id).ToList();
        var outcomes = string.Join("，", report.CasesByOutcome.Select(kv => $"{SupervisionNames.Of(kv.Key)}{N(kv.Value)}件"));
        return new MeetingPackSectionContent(
            Title,
            Message(report),
            [
                $"本季度新发现问题{N(report.Found)}项，按期整改销号{N(report.RectifiedOnTime)}项，逾期销号{N(report.ClosedLate)}项；截至{D(asOf)}，逾期未整改问题{N(report.OverdueAtEnd)}项（见下表）。",
                $"本季度收到信访举报{N(report.CasesReceived)}件，办结{N(report.CasesConcluded)}件（{outcomes}），截至{D(asOf)}尚未办结{N(report.CasesOpenAtEnd)}件。",
            ],
            ["站所", "问题", "责任人", "整改期限", "逾期天数"],
            [.. overdue.Select(x => (IReadOnlyList<object?>)[x.Row.StationName, x.Row.Title, x.Row.ResponsibleName, x.Row.Deadline, x.Days])]);
    }

    /// <summary>The slide title: "本季度新发现问题12项，逾期未整改3项，信访举报4件".</summary>
    public static string Message(SupervisionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return $"本季度新发现问题{N(report.Found)}项，逾期未整改{N(report.OverdueAtEnd)}项，信访举报{N(report.CasesReceived)}件";
    }

    /// <summary>Findings and cases of the stations (null: every station and the cases about no station), as the lists show them.</summary>
    private async Task<(List<FindingRow> Findings, List<CaseRow> Cases)> RowsAsync(IReadOnlyList<int>? stationIds, DateOnly today, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var findingQuery = db.Findings.AsNoTracking();
        var caseQuery = db.ComplaintCases.AsNoTracking();
        if (stationIds is not null)
        {
            var ids = stationIds.ToList();
            findingQuery = findingQuery.Where(f => ids.Contains(f.StationId));
            caseQuery = caseQuery.Where(c => c.StationId != null && ids.Contains(c.StationId.Value));
        }
        var findings = await findingQuery.Select(f => new { Finding = f, StationName = f.Station!.Name }).ToListAsync(ct);
        var cases = await caseQuery.Select(c => new { Case = c, StationName = c.Station == null ? null : c.Station.Name }).ToListAsync(ct);
        var calendar = await holidays.CurrentAsync(ct);
        return ([.. findings.Select(r => FindingService.Row(r.Finding, r.StationName, today))],
            [.. cases.Select(r => CaseService.Row(r.Case, r.StationName, options.Value, calendar, today))]);
    }

    private static string D(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

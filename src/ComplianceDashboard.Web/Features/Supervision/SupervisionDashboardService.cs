using ComplianceDashboard.Domain.Supervision;

namespace ComplianceDashboard.Web.Features.Supervision;

/// <summary>One cell of the findings heat map: a station's findings opened, closed and overdue (at month end) in a month.</summary>
public sealed record FindingCell(int StationId, string StationName, int Month, int Opened, int Closed, int Overdue);

public sealed record AgeingRow(AgeingBucket Bucket, IReadOnlyList<FindingRow> Findings);

/// <summary>The supervision report of a month or quarter.</summary>
public sealed record SupervisionReport(string Period, DateOnly From, DateOnly To, int Found, int RectifiedOnTime, int ClosedLate, int OverdueAtEnd,
    int CasesReceived, int CasesConcluded, IReadOnlyDictionary<CaseOutcome, int> CasesByOutcome, int CasesOpenAtEnd, IReadOnlyList<ReportStationRow> Stations)
{
    /// <summary>The last day the figures look at: the period's end, or today while it runs.</summary>
    public DateOnly AsOf(DateOnly today) => To < today ? To : today;
}

public sealed record ReportStationRow(string StationName, int Found, int RectifiedOnTime, int ClosedLate, int OverdueAtEnd);

/// <summary>
/// The dashboards of the supervision feature over the caller's findings and cases (<see cref="FindingService"/> and
/// <see cref="CaseService"/> filter them): heat map, ageing, cases by status and outcome, and the month/quarter report.
/// </summary>
public sealed class SupervisionDashboardService(FindingService findings, CaseService cases, CurrentUser currentUser, AppClock clock, TableExport export,
    IDbContextFactory<AppDbContext> factory)
{
    /// <summary>The heat map of <paramref name="year"/> over <paramref name="rows"/>, the caller's findings of that year (<see cref="FindingService.ListAsync"/>).</summary>
    public async Task<(IReadOnlyList<FindingCell> Cells, IReadOnlyList<(int Id, string Name)> Stations)> HeatMapAsync(int year, IReadOnlyList<FindingRow> rows,
        CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(rows);
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = (await currentUser.FindingScope(db.Stations.AsNoTracking(), s => s.Id).OrderBy(s => s.Id).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name)).ToList();
        var today = clock.Today;
        var cells = new List<FindingCell>();
        foreach (var (id, name) in stations)
        {
            var mine = rows.Where(r => r.StationId == id).ToList();
            for (var m = 1; m <= 12; m++)
            {
                var start = new DateOnly(year, m, 1);
                var end = start.AddMonths(1).AddDays(-1);
                if (start > today)
                {
                    break;
                }
                var asOf = end < today ? end : today;
                cells.Add(new FindingCell(id, name, m,
                    mine.Count(r => r.FoundOn >= start && r.FoundOn <= end),
                    mine.Count(r => r.ClosedOn is { } c && c >= start && c <= end),
                    mine.Count(r => OverdueAt(r, asOf))));
            }
        }
        return (cells, stations);
    }

    public async Task<IReadOnlyList<AgeingRow>> AgeingAsync(CancellationToken ct = default)
    {
        var today = clock.Today;
        var open = (await findings.ListAsync(ct: ct)).Where(r => r.Status != FindingStatus.Closed).ToList();
        return [.. Enum.GetValues<AgeingBucket>().Select(b => new AgeingRow(b,
            [.. open.Where(r => FindingRules.Bucket(new FindingState(r.Status, r.Deadline, r.ClosedOn, r.ResponsibleName), today) == b)]))];
    }

    public async Task<SupervisionReport> ReportAsync(int year, int? quarter, int? month, CancellationToken ct = default)
    {
        var all = await findings.ListAsync(ct: ct);
        var caseRows = currentUser.CanViewCases() ? await cases.ListAsync(ct: ct) : [];
        return Report(year, quarter, month, clock.Today, all, caseRows);
    }

    /// <summary>
    /// The report's figures from findings and cases already filtered to the reader's scope — the one computation behind
    /// the report page, its XLSX and the joint-meeting pack's supervision chapter (<see cref="SupervisionPackSection"/>).
    /// </summary>
    public static SupervisionReport Report(int year, int? quarter, int? month, DateOnly today, IReadOnlyList<FindingRow> all, IReadOnlyList<CaseRow> caseRows)
    {
        ArgumentNullException.ThrowIfNull(all);
        ArgumentNullException.ThrowIfNull(caseRows);
        var (from, to, label) = month is { } m ? (new DateOnly(year, m, 1), new DateOnly(year, m, 1).AddMonths(1).AddDays(-1), $"{year}年{m}月")
            : quarter is { } q ? (new DateOnly(year, q * 3 - 2, 1), new DateOnly(year, q * 3 - 2, 1).AddMonths(3).AddDays(-1), $"{year}年第{"一二三四"[q - 1]}季度")
            : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), $"{year}年");
        var asOf = to < today ? to : today;
        bool Found(FindingRow r) => r.FoundOn >= from && r.FoundOn <= to;
        bool OnTime(FindingRow r) => r.ClosedOn is { } c && c >= from && c <= to && c <= r.Deadline;
        bool Late(FindingRow r) => r.ClosedOn is { } c && c >= from && c <= to && c > r.Deadline;
        bool Overdue(FindingRow r) => OverdueAt(r, asOf);
        var concluded = caseRows.Where(c => c.ConcludedOn is { } d && d >= from && d <= to).ToList();
        return new SupervisionReport(label, from, to, all.Count(Found), all.Count(OnTime), all.Count(Late), all.Count(Overdue),
            caseRows.Count(c => c.ReceivedOn >= from && c.ReceivedOn <= to), concluded.Count,
            Enum.GetValues<CaseOutcome>().ToDictionary(o => o, o => concluded.Count(c => c.Outcome == o)),
            caseRows.Count(c => c.ReceivedOn <= asOf && (c.ConcludedOn is null || c.ConcludedOn > asOf)),
            [.. all.GroupBy(r => r.StationName).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReportStationRow(g.Key, g.Count(Found), g.Count(OnTime), g.Count(Late), g.Count(Overdue)))
                .Where(r => r.Found + r.RectifiedOnTime + r.ClosedLate + r.OverdueAtEnd > 0)]);
    }

    /// <summary>Overdue as of <paramref name="asOf"/>: found by then, deadline passed, not closed out by then.</summary>
    public static bool OverdueAt(FindingRow r, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(r);
        return r.FoundOn <= asOf && r.Deadline < asOf && (r.ClosedOn is null || r.ClosedOn > asOf);
    }

    public ExportFile ReportXlsx(SupervisionReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<ReportStationRow>(report.Stations)
        {
            new("合计", report.Found, report.RectifiedOnTime, report.ClosedLate, report.OverdueAtEnd),
        };
        var outcomes = string.Join("，", report.CasesByOutcome.Select(kv => $"{SupervisionNames.Of(kv.Key)} {kv.Value.ToString(CultureInfo.InvariantCulture)}"));
        var filters = $"{report.Period}；信访举报 收件 {report.CasesReceived.ToString(CultureInfo.InvariantCulture)} 件，办结 {report.CasesConcluded.ToString(CultureInfo.InvariantCulture)} 件（{outcomes}）";
        return export.Create(ExportFormat.Xlsx, "监督工作报告", filters,
        [
            new ExportColumn<ReportStationRow>("站所", r => r.StationName),
            new("发现问题", r => r.Found, ExportColumnType.Number),
            new("按期整改销号", r => r.RectifiedOnTime, ExportColumnType.Number),
            new("逾期销号", r => r.ClosedLate, ExportColumnType.Number),
            new("期末逾期未销号", r => r.OverdueAtEnd, ExportColumnType.Number),
        ], rows);
    }

    /// <summary>The caller's cases as XLSX: the reporter columns only for 纪委领导.</summary>
    public async Task<ExportFile> CasesXlsxAsync(CancellationToken ct = default)
    {
        var rows = await cases.ListAsync(ct: ct);
        var columns = new List<ExportColumn<CaseRow>>
        {
            new("编号", r => r.Number),
            new("渠道", r => SupervisionNames.Of(r.Channel)),
            new("收件日期", r => r.ReceivedOn, ExportColumnType.Date),
            new("反映事项", r => r.Subject),
            new("涉及站所", r => r.StationName ?? ""),
            new("被反映人", r => r.ConcernedText),
            new("承办人", r => r.Handler),
            new("状态", r => SupervisionNames.Of(r.Status)),
            new("结论", r => SupervisionNames.Of(r.Outcome)),
            new("受理期限", r => r.AcceptBy, ExportColumnType.Date),
            new("办结期限", r => r.ConcludeBy, ExportColumnType.Date),
            new("办结日期", r => r.ConcludedOn, ExportColumnType.Date),
        };
        if (currentUser.CanSeeReporter())
        {
            await using var db = await factory.CreateDbContextAsync(ct);
            var reporters = await db.CaseReporters.AsNoTracking().ToDictionaryAsync(r => r.CaseId, ct);
            columns.Add(new("举报人", r => reporters.TryGetValue(r.Id, out var p) ? p.Name : ""));
            columns.Add(new("联系方式", r => reporters.TryGetValue(r.Id, out var p) ? p.Contact : ""));
        }
        return export.Create(ExportFormat.Xlsx, "信访举报台账", null, columns, rows);
    }

    public async Task<ExportFile> FindingsXlsxAsync(int? year, CancellationToken ct = default)
    {
        var rows = await findings.ListAsync(year, ct: ct);
        return export.Create(ExportFormat.Xlsx, "问题整改台账", year is { } y ? $"{y.ToString(CultureInfo.InvariantCulture)}年" : null,
        [
            new ExportColumn<FindingRow>("站所", r => r.StationName),
            new("问题", r => r.Title),
            new("责任人", r => r.ResponsibleName),
            new("严重程度", r => SupervisionNames.Of(r.Severity)),
            new("类别", r => SupervisionNames.Of(r.Category)),
            new("发现日期", r => r.FoundOn, ExportColumnType.Date),
            new("整改期限", r => r.Deadline, ExportColumnType.Date),
            new("状态", r => SupervisionNames.Of(r.Status)),
            new("销号日期", r => r.ClosedOn, ExportColumnType.Date),
            new("逾期天数", r => r.DaysOverdue, ExportColumnType.Number),
        ], rows);
    }
}

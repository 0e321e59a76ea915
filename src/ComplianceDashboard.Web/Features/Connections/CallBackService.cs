using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>Input of a call-back (回访).</summary>
public sealed class CallBackInput
{
    public long ApplicationId { get; set; }
    public ConnectionStage Stage { get; set; } = ConnectionStage.SchemeReply;
    public DateTime? Date { get; set; }
    public string? Result { get; set; }
    public string? Opinion { get; set; }
}

/// <summary>One row of the monthly 《客户业扩服务回访月报表》.</summary>
public sealed record CallBackReportRow(long ApplicationId, string Number, string Customer, ConnectionClass Class, string StationName, ConnectionStage Stage,
    DateOnly Date, string Result, string Opinion, string RecordedBy);

/// <summary>An application energised in the month without a call-back before energising.</summary>
public sealed record MissingCallBack(long ApplicationId, string Number, string Customer, string StationName, DateOnly Energised);

/// <summary>The month's report: call-backs made, satisfaction counts, and energised applications that had none.</summary>
public sealed record CallBackReport(int Year, int Month, IReadOnlyList<CallBackReportRow> Rows, IReadOnlyList<MissingCallBack> Missing)
{
    public int Satisfied => Rows.Count(r => r.Result == CallBackService.Satisfied);
    public int Dissatisfied => Rows.Count(r => r.Result == CallBackService.Dissatisfied);
}

/// <summary>A station's call-back duty cells (YK1 plan, YK2 results) of a year, beside the QL-2022 calendar.</summary>
public sealed record StationConnectionDuties(int StationId, string StationName, IReadOnlyList<ObligationPeriod> Cells);

/// <summary>
/// Call-backs (回访): at least one per application at a key stage before 装表接电 (an application energised without one
/// is flagged), the monthly 《客户业扩服务回访月报表》, and the two duties of §9 — the month's plan issued to each station
/// by the 3rd, the station's results reported by the 10th of the next month — kept as dated duty records.
/// </summary>
public sealed class CallBackService(IDbContextFactory<AppDbContext> factory, CurrentUser currentUser, AppClock clock)
{
    public const string Satisfied = "满意";
    public const string FairlySatisfied = "基本满意";
    public const string Dissatisfied = "不满意";
    public static readonly IReadOnlyList<string> Results = [Satisfied, FairlySatisfied, Dissatisfied];

    /// <summary>Key stages a call-back can be made at: before energising.</summary>
    public static readonly IReadOnlyList<ConnectionStage> KeyStages = [.. ConnectionNames.Stages.Where(s => s < ConnectionStage.Energising)];

    public async Task<CommandResult> AddAsync(CallBackInput input, CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var app = await db.ConnectionApplications.AsNoTracking().Include(a => a.Stages).FirstOrDefaultAsync(a => a.Id == input.ApplicationId, ct);
        if (app is null || !currentUser.CanEditApplication(app.StationId))
        {
            throw new ForbiddenException("无权登记该申请的回访");
        }
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!KeyStages.Contains(input.Stage))
        {
            errors[nameof(CallBackInput.Stage)] = "回访应在装表接电之前的关键环节进行";
        }
        if (input.Date is not { } date)
        {
            errors[nameof(CallBackInput.Date)] = "请填写回访日期";
        }
        else if (DateOnly.FromDateTime(date) > clock.Today)
        {
            errors[nameof(CallBackInput.Date)] = "回访日期不能晚于今天";
        }
        else if (DateOnly.FromDateTime(date) < app.Received)
        {
            errors[nameof(CallBackInput.Date)] = "回访日期不能早于受理日期";
        }
        if (input.Result is null || !Results.Contains(input.Result))
        {
            errors[nameof(CallBackInput.Result)] = "请选择回访结果";
        }
        if ((input.Opinion?.Length ?? 0) > 1000)
        {
            errors[nameof(CallBackInput.Opinion)] = "客户意见不能超过1000个字";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        db.ConnectionCallBacks.Add(new ConnectionCallBack
        {
            ApplicationId = app.Id, Stage = input.Stage, Date = DateOnly.FromDateTime(input.Date!.Value), Result = input.Result!,
            Opinion = input.Opinion?.Trim() ?? "", RecordedBy = currentUser.UserName,
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>The month's report for the caller's stations.</summary>
    public async Task<CallBackReport> ReportAsync(int year, int month, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        await using var db = await factory.CreateDbContextAsync(ct);
        var apps = currentUser.ConnectionScope(db.ConnectionApplications.AsNoTracking(), a => a.StationId);
        var rows = await db.ConnectionCallBacks.AsNoTracking().Where(c => c.Date >= from && c.Date <= to && apps.Any(a => a.Id == c.ApplicationId))
            .Select(c => new CallBackReportRow(c.ApplicationId, c.Application!.Number, c.Application.Customer, c.Application.Class, c.Application.Station!.Name,
                c.Stage, c.Date, c.Result, c.Opinion, c.RecordedBy))
            .ToListAsync(ct);
        // Energised in the month with no call-back on or before that day: one query (NOT EXISTS), not three and a search in memory.
        var missing = (await db.ConnectionStages.AsNoTracking()
                .Where(s => s.Stage == ConnectionStage.Energising && s.Finish >= from && s.Finish <= to
                    && !db.ConnectionCallBacks.Any(c => c.ApplicationId == s.ApplicationId && c.Date <= s.Finish))
                .Join(apps, s => s.ApplicationId, a => a.Id, (s, a) => new { a.Id, a.Number, a.Customer, Station = a.Station!.Name, Finish = s.Finish!.Value })
                .ToListAsync(ct))
            .Select(a => new MissingCallBack(a.Id, a.Number, a.Customer, a.Station, a.Finish))
            .OrderBy(m => m.Energised).ThenBy(m => m.Number, StringComparer.Ordinal).ToList();
        return new CallBackReport(year, month, [.. rows.OrderBy(r => r.Date).ThenBy(r => r.Number, StringComparer.Ordinal)], missing);
    }

    /// <summary>The call-back duties (YK1, YK2) of the caller's stations for a year.</summary>
    public async Task<IReadOnlyList<StationConnectionDuties>> DutiesAsync(int year, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await currentUser.ConnectionScope(db.Stations.AsNoTracking(), s => s.Id).OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var ids = stations.Select(s => s.Id).ToList();
        var records = (await db.ConnectionDutyRecords.AsNoTracking().Where(d => (d.Year == year || d.Year == year - 1) && ids.Contains(d.StationId)).ToListAsync(ct))
            .ToLookup(d => d.StationId);
        var today = clock.Today;
        return [.. stations.Select(s => new StationConnectionDuties(s.Id, s.Name,
            ConnectionDuties.ForStation(year, records[s.Id].Select(r => new ConnectionDutyFact(r.Id, r.Kind, r.Year, r.Month, r.Date)), today)))];
    }

    /// <summary>
    /// Records a duty: the plan issued (county staff, to one station or all when <paramref name="stationId"/> is null) or the
    /// results reported (the station's 支部书记 / 客户经理, or county staff).
    /// </summary>
    public async Task<CommandResult> RecordDutyAsync(ConnectionDutyKind kind, int? stationId, int year, int month, DateOnly date, string? note, CancellationToken ct = default)
    {
        if (kind == ConnectionDutyKind.CallBackPlan)
        {
            currentUser.EnsureCountyConnectionsStaff();
        }
        else if (stationId is not { } sid || !currentUser.CanEditApplication(sid))
        {
            throw new ForbiddenException("只有本所或县公司人员可以上报回访结果");
        }
        if (month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            return CommandResult.Fail("Month", "请选择月份");
        }
        if (date > clock.Today)
        {
            return CommandResult.Fail("Date", "日期不能晚于今天");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = stationId is { } one ? [one] : await db.Stations.Select(s => s.Id).ToListAsync(ct);
        // A month's duty is recorded once per station: issuing the plan to all stations again reaches only those without it.
        var recorded = await db.ConnectionDutyRecords.Where(r => r.Kind == kind && r.Year == year && r.Month == month && stations.Contains(r.StationId))
            .Select(r => r.StationId).ToListAsync(ct);
        stations = [.. stations.Except(recorded)];
        if (stations.Count == 0)
        {
            return CommandResult.Fail("Month", kind == ConnectionDutyKind.CallBackPlan ? "该月的回访计划已下发" : "该月的回访结果已上报");
        }
        foreach (var s in stations)
        {
            db.ConnectionDutyRecords.Add(new ConnectionDutyRecord { StationId = s, Kind = kind, Year = year, Month = month, Date = date, Note = note?.Trim() ?? "", RecordedBy = currentUser.UserName });
        }
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }
}

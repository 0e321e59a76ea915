using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>One deduction as shown: the domain line with the unit's name and the application's complaint reference.</summary>
public sealed record SheetLineView(string Unit, string UnitName, FineKind Kind, string ApplicationNumber, long? ApplicationId, ConnectionStage Stage,
    decimal Amount, DateOnly? Due, int DaysOverdue, string Note, string ComplaintReference);

/// <summary>A month's economic-responsibility sheet: lines, totals per unit, and the lock if finalised.</summary>
public sealed record ResponsibilitySheet(int Year, int Month, IReadOnlyList<SheetLineView> Lines, IReadOnlyList<(string Unit, string UnitName, decimal Total)> Totals,
    DateTime? FinalizedAt, string? FinalizedBy)
{
    public bool IsFinalized => FinalizedAt is not null;
    public decimal GrandTotal => Totals.Sum(t => t.Total);
}

/// <summary>Input of a cooperation delay (配合延误, −500 yuan).</summary>
public sealed class CooperationDelayInput
{
    public string? ApplicationNumber { get; set; }
    public ConnectionStage Stage { get; set; } = ConnectionStage.Energising;
    public string? Unit { get; set; }
    public int Year { get; set; }
    public int Month { get; set; }
    public string? Decision { get; set; }
    public string? ComplaintReference { get; set; }
}

/// <summary>
/// The monthly economic-responsibility sheet (经济责任考核表) per unit (domain §9): computed from the applications'
/// clocks as of today while the month is open; 考评员 finalise it like grades, which stores its lines — after that the
/// month's sheet never changes (later data edits do not reach it) and no cooperation delay is charged to it.
/// A 支部书记 sees the lines of their station's applications and their station's unit only.
/// </summary>
public sealed class ResponsibilitySheetService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    ConnectionClockSource clocks,
    ConnectionService connections)
{
    public async Task<ResponsibilitySheet> SheetAsync(int year, int month, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        await using var db = await factory.CreateDbContextAsync(ct);
        var stationNames = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var final = await db.ConnectionSheetFinalizations.AsNoTracking().Include(f => f.Lines).FirstOrDefaultAsync(f => f.Year == year && f.Month == month, ct);
        List<SheetLineView> lines;
        Dictionary<string, (long Id, int StationId)>? numbers = null;
        if (final is not null)
        {
            numbers = await NumberIdsAsync(db, final.Lines.Select(l => l.ApplicationNumber).Distinct().ToList(), ct);
            lines = [.. final.Lines.Select(l => new SheetLineView(l.Unit, UnitName(l.Unit, stationNames), l.Kind, l.ApplicationNumber,
                numbers.TryGetValue(l.ApplicationNumber, out var v) ? v.Id : null, l.Stage, l.Amount, l.Due, l.DaysOverdue, l.Note, l.ComplaintReference))];
        }
        else
        {
            lines = await ComputeAsync(db, db.ConnectionApplications, year, month, clock.Today, stationNames, ct);
        }
        // Scope: a station user sees the lines of their stations' applications (any unit) and the lines charged to their station.
        if (!currentUser.ReadsAllStations)
        {
            numbers ??= await NumberIdsAsync(db, lines.Select(l => l.ApplicationNumber).Distinct().ToList(), ct);
            lines = [.. lines.Where(l => (numbers.TryGetValue(l.ApplicationNumber, out var v) && currentUser.CanRead(v.StationId))
                || (EconomicResponsibility.IsStationUnit(l.Unit, out var sid) && currentUser.CanRead(sid)))];
        }
        var totals = lines.GroupBy(l => l.Unit, StringComparer.Ordinal).Select(g => (g.Key, g.First().UnitName, g.Sum(l => l.Amount)))
            .OrderBy(t => t.Item3).ThenBy(t => t.Key, StringComparer.Ordinal).ToList();
        return new ResponsibilitySheet(year, month, lines, totals, final?.FinalizedAt, final?.FinalizedBy);
    }

    /// <summary>The month's lines computed from the data (no scope, no lock): also what the benchmark measures.</summary>
    public async Task<List<SheetLineView>> ComputeAsync(AppDbContext db, IQueryable<ConnectionApplication> applications, int year, int month, DateOnly asOf,
        IReadOnlyDictionary<int, string> stationNames, CancellationToken ct)
    {
        var from = new DateOnly(year, month, 1);
        var to = from.AddMonths(1).AddDays(-1);
        // A stage falls overdue in the month the day after its due date: due dates from the day before the month.
        var calendar = await clocks.CalendarAsync(ct);
        var loaded = await ConnectionFacts.LoadAsync(db, applications.ActiveIn(from.AddDays(-1), to), ct);
        var clocked = loaded.Select(a => ConnectionClocks.Evaluate(a.Facts, calendar, clocks.Limits, asOf)).ToList();
        var delays = await db.CooperationDelays.AsNoTracking().Where(d => d.Year == year && d.Month == month)
            .Select(d => new { d.Id, d.ApplicationId, d.Unit, d.Application!.Number, d.Stage, d.Year, d.Month, d.Decision, d.ComplaintReference }).ToListAsync(ct);
        var complaints = loaded.Where(a => a.ComplaintReference.Length > 0).ToDictionary(a => a.Facts.Number, a => a.ComplaintReference, StringComparer.Ordinal);
        // Application ids by number: the loaded applications', and the delays' own (a delay's application may be closed before the month).
        var ids = loaded.ToDictionary(a => a.Facts.Number, a => a.Facts.Id, StringComparer.Ordinal);
        foreach (var d in delays)
        {
            ids.TryAdd(d.Number, d.ApplicationId);
        }
        var lines = EconomicResponsibility.Lines(clocked, delays.Select(d => new CooperationDelayFacts(d.Id, d.Unit, d.Number, d.Stage, d.Year, d.Month, d.Decision)), year, month);
        return [.. lines.Select(l =>
        {
            var complaint = l.Kind == FineKind.CooperationDelay
                ? delays.FirstOrDefault(d => d.Number == l.ApplicationNumber && d.Decision == l.Note)?.ComplaintReference ?? ""
                : complaints.GetValueOrDefault(l.ApplicationNumber, "");
            long? id = ids.TryGetValue(l.ApplicationNumber, out var i) ? i : null;
            return new SheetLineView(l.Unit, UnitName(l.Unit, stationNames), l.Kind, l.ApplicationNumber, id, l.Stage, l.Amount, l.Due, l.DaysOverdue, l.Note, complaint);
        })];
    }

    public string UnitName(string unit, IReadOnlyDictionary<int, string> stationNames) =>
        EconomicResponsibility.IsStationUnit(unit, out var sid) ? stationNames.GetValueOrDefault(sid, unit) : connections.UnitName(unit, "");

    /// <summary>考评员 finalise a past (or the current) month: its lines are stored and the month is locked.</summary>
    public async Task<CommandResult> FinalizeAsync(int year, int month, CancellationToken ct = default)
    {
        if (!currentUser.IsEvaluator || currentUser.UserName.Length == 0)
        {
            throw new ForbiddenException("只有考评员可以定稿经济责任考核表");
        }
        var first = new DateOnly(year, month, 1);
        if (first > clock.Today)
        {
            return CommandResult.Fail(CommandResult.FormField, "不能定稿尚未开始的月份");
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        if (await db.ConnectionSheetFinalizations.AnyAsync(f => f.Year == year && f.Month == month, ct))
        {
            return CommandResult.Conflict("该月考核表已定稿");
        }
        var stationNames = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var lines = await ComputeAsync(db, db.ConnectionApplications, year, month, clock.Today, stationNames, ct);
        db.ConnectionSheetFinalizations.Add(new ConnectionSheetFinalization
        {
            Year = year, Month = month, FinalizedAt = clock.UtcNow, FinalizedBy = currentUser.UserName,
            Lines = [.. lines.Select(l => new ConnectionSheetLine
            {
                Unit = l.Unit, Kind = l.Kind, ApplicationNumber = l.ApplicationNumber, Stage = l.Stage, Amount = l.Amount, Due = l.Due,
                DaysOverdue = l.DaysOverdue, Note = l.Note, ComplaintReference = l.ComplaintReference,
            })],
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CommandResult.Conflict("该月考核表已定稿");
        }
        return CommandResult.Ok();
    }

    /// <summary>Records a cooperation delay (county staff); refused for a finalised month.</summary>
    public async Task<CommandResult> AddDelayAsync(CooperationDelayInput input, CancellationToken ct = default)
    {
        currentUser.EnsureCountyConnectionsStaff();
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var number = input.ApplicationNumber?.Trim() ?? "";
        await using var db = await factory.CreateDbContextAsync(ct);
        var app = number.Length == 0 ? null : await db.ConnectionApplications.AsNoTracking().FirstOrDefaultAsync(a => a.Number == number, ct);
        if (app is null)
        {
            errors[nameof(CooperationDelayInput.ApplicationNumber)] = number.Length == 0 ? "请填写申请编号" : "找不到该申请编号";
        }
        var unit = input.Unit?.Trim() ?? "";
        var validUnit = connections.DepartmentCodes().Contains(unit)
            || (EconomicResponsibility.IsStationUnit(unit, out var sid) && await db.Stations.AnyAsync(s => s.Id == sid, ct));
        if (!validUnit)
        {
            errors[nameof(CooperationDelayInput.Unit)] = "请选择责任单位";
        }
        var decision = input.Decision?.Trim() ?? "";
        if (decision.Length == 0)
        {
            errors[nameof(CooperationDelayInput.Decision)] = "请填写考核决定（延误经过和造成的后果）";
        }
        else if (decision.Length > 1000)
        {
            errors[nameof(CooperationDelayInput.Decision)] = "考核决定不能超过1000个字";
        }
        if (input.Month is < 1 or > 12 || input.Year is < 2000 or > 2100)
        {
            errors[nameof(CooperationDelayInput.Month)] = "请选择考核月份";
        }
        else if (await db.ConnectionSheetFinalizations.AnyAsync(f => f.Year == input.Year && f.Month == input.Month, ct))
        {
            errors[nameof(CooperationDelayInput.Month)] = "该月考核表已定稿，不能再增加扣款";
        }
        if ((input.ComplaintReference?.Trim().Length ?? 0) > 200)
        {
            errors[nameof(CooperationDelayInput.ComplaintReference)] = "投诉编号不能超过200个字";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors);
        }
        db.CooperationDelays.Add(new CooperationDelay
        {
            ApplicationId = app!.Id, Stage = input.Stage, Unit = unit, Year = input.Year, Month = input.Month, Decision = decision,
            ComplaintReference = input.ComplaintReference?.Trim() ?? "", RecordedBy = currentUser.UserName,
        });
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>The units a deduction can be charged to: the stations and the configured departments.</summary>
    public async Task<IReadOnlyList<(string Code, string Name)>> UnitsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        var stations = await db.Stations.AsNoTracking().OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        return [.. connections.Departments.Select(d => (d.Code, d.Name)), .. stations.Select(s => (EconomicResponsibility.StationUnit(s.Id), s.Name))];
    }

    private static async Task<Dictionary<string, (long Id, int StationId)>> NumberIdsAsync(AppDbContext db, List<string> numbers, CancellationToken ct)
    {
        var map = new Dictionary<string, (long, int)>(StringComparer.Ordinal);
        foreach (var chunk in numbers.Chunk(500))
        {
            foreach (var a in await db.ConnectionApplications.AsNoTracking().Where(a => chunk.Contains(a.Number)).Select(a => new { a.Number, a.Id, a.StationId }).ToListAsync(ct))
            {
                map[a.Number] = (a.Id, a.StationId);
            }
        }
        return map;
    }
}

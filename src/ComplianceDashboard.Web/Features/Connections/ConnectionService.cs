using ComplianceDashboard.Domain.Connections;

namespace ComplianceDashboard.Web.Features.Connections;

/// <summary>
/// Applications for the signed-in user (<see cref="CurrentUser"/>): every query is filtered by the caller's stations
/// (<see cref="ConnectionAccess"/>); saving checks the station again. The morning list puts every open application
/// on the clock as of the day asked for (what was recorded after that day is not yet known).
/// </summary>
public sealed class ConnectionService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    ConnectionClockSource clocks,
    IOptions<ConnectionOptions> options)
{
    public IReadOnlyList<ConnectionDepartment> Departments => options.Value.EffectiveDepartments;

    public string UnitName(string? unit, string stationName) =>
        string.IsNullOrEmpty(unit) ? stationName : Departments.FirstOrDefault(d => d.Code == unit)?.Name ?? unit;

    /// <summary>The stations the caller reads, by code.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> StationsAsync(CancellationToken ct = default)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        return [.. (await currentUser.ConnectionScope(db.Stations.AsNoTracking(), s => s.Id).OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync(ct))
            .Select(s => (s.Id, s.Name))];
    }

    /// <summary>The stages due on <paramref name="day"/> and those overdue on it, of the caller's stations (optionally one), most overdue first.</summary>
    public async Task<IReadOnlyList<DailyRow>> DailyAsync(DateOnly day, int? stationId = null, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        await using var db = await factory.CreateDbContextAsync(ct);
        var query = currentUser.ConnectionScope(db.ConnectionApplications, a => a.StationId).ActiveIn(day, day);
        if (stationId is { } sid)
        {
            query = query.Where(a => a.StationId == sid);
        }
        return await DailyRowsAsync(db, query, day, ct);
    }

    /// <summary>The morning list over any query of applications (no scope: callers filter; the benchmark uses it directly).</summary>
    public async Task<IReadOnlyList<DailyRow>> DailyRowsAsync(AppDbContext db, IQueryable<ConnectionApplication> query, DateOnly day, CancellationToken ct)
    {
        var calendar = await clocks.CalendarAsync(ct);
        var loaded = await ConnectionFacts.LoadAsync(db, query, ct);
        var stationNames = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        var rows = new List<DailyRow>();
        foreach (var app in loaded)
        {
            var clocked = ConnectionClocks.Evaluate(ConnectionClocks.Rewind(app.Facts, day), calendar, clocks.Limits, day);
            foreach (var stage in clocked.Stages.Where(s => s.State is StageState.DueToday or StageState.Overdue))
            {
                var station = stationNames.GetValueOrDefault(app.Facts.StationId, "");
                rows.Add(new DailyRow(app.Facts.Id, app.Facts.Number, app.Customer, app.Facts.Class, app.Facts.StationId, station, app.IsKeyProject,
                    app.IsImportantCustomer, stage.Stage, UnitName(stage.Unit, station), stage.Start, stage.Due!.Value, stage.State, stage.DaysOverdue));
            }
        }
        return [.. rows.OrderByDescending(r => r.DaysOverdue).ThenBy(r => r.Due).ThenBy(r => r.StationName, StringComparer.Ordinal).ThenBy(r => r.Number, StringComparer.Ordinal)];
    }

    /// <summary>The caller's applications received in <paramref name="year"/> (or still open), filtered by station and text.</summary>
    public async Task<IReadOnlyList<ApplicationRow>> ListAsync(int year, int? stationId, string? search, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        await using var db = await factory.CreateDbContextAsync(ct);
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        var query = currentUser.ConnectionScope(db.ConnectionApplications, a => a.StationId).Where(a => a.Received >= from && a.Received <= to);
        if (stationId is { } sid)
        {
            query = query.Where(a => a.StationId == sid);
        }
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            query = query.Where(a => a.Number.Contains(text) || a.Customer.Contains(text));
        }
        var calendar = await clocks.CalendarAsync(ct);
        var today = clock.Today;
        var loaded = await ConnectionFacts.LoadAsync(db, query, ct);
        var stationNames = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        return [.. loaded.Select(a =>
            {
                var c = ConnectionClocks.Evaluate(a.Facts, calendar, clocks.Limits, today);
                var current = c.Stages.FirstOrDefault(s => s.State is StageState.Running or StageState.DueToday or StageState.Overdue or StageState.Open)?.Stage;
                return new ApplicationRow(a.Facts.Id, a.Facts.Number, a.Customer, a.Facts.Class, a.Facts.StationId, stationNames.GetValueOrDefault(a.Facts.StationId, ""),
                    a.Facts.Received, a.IsKeyProject, a.IsImportantCustomer, current, c.Stages.Count(s => s.IsLateOrOverdue), a.ClosedOn);
            })
            .OrderByDescending(r => r.Received).ThenBy(r => r.Number, StringComparer.Ordinal)];
    }

    /// <summary>One application of the caller's stations with its clocks as of today; null when it is not the caller's.</summary>
    public async Task<ApplicationDetail?> DetailAsync(long id, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        await using var db = await factory.CreateDbContextAsync(ct);
        var app = await currentUser.ConnectionScope(db.ConnectionApplications.AsNoTracking(), a => a.StationId)
            .Include(a => a.Stages).Include(a => a.Pauses).Include(a => a.Station)
            .AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
        if (app is null)
        {
            return null;
        }
        var callBacks = await db.ConnectionCallBacks.AsNoTracking().Where(c => c.ApplicationId == id).OrderBy(c => c.Date).ToListAsync(ct);
        var delays = await db.CooperationDelays.AsNoTracking().Where(d => d.ApplicationId == id).OrderBy(d => d.Year).ThenBy(d => d.Month).ToListAsync(ct);
        var calendar = await clocks.CalendarAsync(ct);
        var clocked = ConnectionClocks.Evaluate(ToFacts(app), calendar, clocks.Limits, clock.Today);
        var energised = clocked.Stage(ConnectionStage.Energising).Finish;
        var missing = energised is { } e && !callBacks.Any(c => c.Date <= e);
        return new ApplicationDetail(app, app.Station?.Name ?? "", clocked, callBacks, delays, currentUser.CanEditApplication(app.StationId), missing);
    }

    public static ApplicationFacts ToFacts(ConnectionApplication a) => new(a.Id, a.Number, a.StationId, a.Class, a.Received,
        [.. a.Stages.Select(s => new StageFacts(s.Stage, s.Start, s.Finish, s.Unit))], [.. a.Pauses.Select(p => new DateRange(p.From, p.To))]);

    /// <summary>The form's input of an existing application (for editing).</summary>
    public static ApplicationInput ToInput(ConnectionApplication a)
    {
        var input = new ApplicationInput
        {
            Id = a.Id, Number = a.Number, Customer = a.Customer, Class = a.Class, StationId = a.StationId, IsKeyProject = a.IsKeyProject,
            IsImportantCustomer = a.IsImportantCustomer, Received = a.Received.ToDateTime(TimeOnly.MinValue), ComplaintReference = a.ComplaintReference, Note = a.Note,
            Pauses = [.. a.Pauses.OrderBy(p => p.From).Select(p => new PauseInput { From = p.From.ToDateTime(TimeOnly.MinValue), To = p.To.ToDateTime(TimeOnly.MinValue), Reason = p.Reason })],
        };
        foreach (var stage in a.Stages)
        {
            var target = input.Stages.Single(s => s.Stage == stage.Stage);
            target.Start = stage.Start?.ToDateTime(TimeOnly.MinValue);
            target.Finish = stage.Finish?.ToDateTime(TimeOnly.MinValue);
            target.Unit = stage.Unit ?? "";
        }
        return input;
    }

    /// <summary>Creates or updates an application from the form; field errors in Chinese, nothing saved when any.</summary>
    public async Task<CommandResult<long>> SaveAsync(ApplicationInput input, CancellationToken ct = default)
    {
        currentUser.EnsureCanViewConnections();
        var errors = ApplicationRules.Validate(input, clock.Today, DepartmentCodes());
        await using var db = await factory.CreateDbContextAsync(ct);
        if (input.StationId is { } sid)
        {
            if (!await db.Stations.AnyAsync(s => s.Id == sid, ct))
            {
                errors[nameof(ApplicationInput.StationId)] = "供电所不存在";
            }
            else if (!currentUser.CanEditApplication(sid))
            {
                errors[nameof(ApplicationInput.StationId)] = "只能登记本所的业扩申请";
            }
        }
        var number = input.Number?.Trim() ?? "";
        ConnectionApplication? app = null;
        if (input.Id is { } id)
        {
            app = await db.ConnectionApplications.Include(a => a.Stages).Include(a => a.Pauses).AsSplitQuery().FirstOrDefaultAsync(a => a.Id == id, ct);
            if (app is null || !currentUser.CanEditApplication(app.StationId))
            {
                return CommandResult.Conflict("该申请不存在或无权修改，请刷新页面").As<long>();
            }
        }
        if (number.Length > 0 && await db.ConnectionApplications.AnyAsync(a => a.Number == number && a.Id != (input.Id ?? 0), ct))
        {
            errors[nameof(ApplicationInput.Number)] = "该申请编号已存在";
        }
        if (errors.Count > 0)
        {
            return CommandResult.Invalid(errors).As<long>();
        }
        if (app is null)
        {
            app = new ConnectionApplication { Number = number, Customer = "" };
            db.ConnectionApplications.Add(app);
        }
        Apply(app, input, currentUser.UserName, clock.UtcNow);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok(app.Id);
    }

    public IReadOnlySet<string> DepartmentCodes() => Departments.Select(d => d.Code).ToHashSet(StringComparer.Ordinal);

    /// <summary>Copies a valid input onto the entity (stages and pauses replaced), and recomputes <see cref="ConnectionApplication.ClosedOn"/>.</summary>
    public static void Apply(ConnectionApplication app, ApplicationInput input, string user, DateTime now)
    {
        app.Number = input.Number!.Trim();
        app.Customer = input.Customer!.Trim();
        app.Class = input.Class!.Value;
        app.StationId = input.StationId!.Value;
        app.IsKeyProject = input.IsKeyProject;
        app.IsImportantCustomer = input.IsImportantCustomer;
        app.Received = DateOnly.FromDateTime(input.Received!.Value);
        app.ComplaintReference = input.ComplaintReference?.Trim() ?? "";
        app.Note = input.Note?.Trim() ?? "";
        app.UpdatedAt = now;
        app.UpdatedBy = user;
        var wanted = input.Stages.Where(s => s.Start is not null || s.Finish is not null || !string.IsNullOrWhiteSpace(s.Unit)).ToDictionary(s => s.Stage);
        app.Stages.RemoveAll(s => !wanted.ContainsKey(s.Stage));
        foreach (var (stage, value) in wanted)
        {
            var row = app.Stages.FirstOrDefault(s => s.Stage == stage);
            if (row is null)
            {
                app.Stages.Add(row = new ConnectionStageRecord { Stage = stage });
            }
            row.Start = value.Start is { } s ? DateOnly.FromDateTime(s) : null;
            row.Finish = value.Finish is { } f ? DateOnly.FromDateTime(f) : null;
            row.Unit = string.IsNullOrWhiteSpace(value.Unit) ? null : value.Unit.Trim();
        }
        app.Pauses.Clear();
        app.Pauses.AddRange(input.Pauses.Select(p => new ConnectionPause { From = DateOnly.FromDateTime(p.From!.Value), To = DateOnly.FromDateTime(p.To!.Value), Reason = p.Reason!.Trim() }));
        app.ClosedOn = ConnectionClocks.ClosedOn(app.Class, app.Stages.Select(s => new StageFacts(s.Stage, s.Start, s.Finish, s.Unit)));
    }
}

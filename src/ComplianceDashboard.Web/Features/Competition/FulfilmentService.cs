using ComplianceDashboard.Domain.Competition;

namespace ComplianceDashboard.Web.Features.Competition;

/// <summary>One row of a unit's table with where it came from: entered, or computed by a source (read-only).</summary>
public sealed record FulfilmentRowView(FulfilmentRowResult Result, string? ComputedBy);

/// <summary>A unit's 服务承诺兑现表 for a year (all months) or one month.</summary>
public sealed record FulfilmentSheet(int UnitId, string UnitName, int Year, int? Month, IReadOnlyList<FulfilmentRowView> Rows, FulfilmentResult Result, bool CanEdit);

/// <summary>A month of one row (drill-down): what was entered and, where computed, the source's count.</summary>
public sealed record FulfilmentMonth(int Month, FulfilmentEntry? Entered, FulfilmentCaseCount? Computed, string? ComputedBy, decimal? Rate);

public sealed record FulfilmentRowDetail(int UnitId, string UnitName, int Year, FulfilmentRowDefinition Row, IReadOnlyList<FulfilmentMonth> Months, FulfilmentRowView YearRow,
    string? CasesUrl = null);

/// <summary>The heat map: units × rows, each cell the year's 兑现率 (0…1, null when nothing was entered).</summary>
public sealed record FulfilmentHeatMap(int Year, IReadOnlyList<(int Id, string Name)> Units, IReadOnlyList<FulfilmentRowDefinition> Rows, IReadOnlyDictionary<(int UnitId, int Row), decimal?> Rates);

/// <summary>A figure to save: a rate for a threshold row, total and unmet for a count row (all null clears the row).</summary>
public sealed record FulfilmentInput(int RowNumber, decimal? Rate, int? Total, int? Unmet);

/// <summary>
/// The 服务承诺兑现表 per unit and month: entry by hand (and import), rows computed by registered
/// <see cref="IFulfilmentCaseSource"/>s, the heat map and a row's drill-down. Every query is filtered to the
/// caller's units (<see cref="CompetitionAccess"/>).
/// </summary>
public sealed class FulfilmentService(
    IDbContextFactory<AppDbContext> factory,
    CurrentUser currentUser,
    AppClock clock,
    IEnumerable<IFulfilmentCaseSource> sources)
{
    private static readonly Scheme Scheme = SchemeCatalog.Get(CompetitionNames.SchemeCode);
    private readonly IReadOnlyList<IFulfilmentCaseSource> _sources = [.. sources];

    public static FulfilmentTable Table => Scheme.Fulfilment!;

    public static decimal MaxPoints => Scheme.Items.First(i => i.Rule == RuleKind.Fulfilment).MaxPoints;

    /// <summary>The unit's sheet for a year (<paramref name="month"/> null) or one month; null when the unit is not the caller's.</summary>
    public async Task<FulfilmentSheet?> SheetAsync(int unitId, int year, int? month, CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await currentUser.VisibleUnits(db.CompetitionUnits.AsNoTracking()).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return null;
        }
        var figures = await db.FulfilmentFigures.AsNoTracking()
            .Where(f => f.UnitId == unitId && f.Year == year && (month == null || f.Month == month)).ToListAsync(ct);
        var computed = (await ComputedAsync([unit.StationId], [Range(year, month)], ct)).For(unit.StationId, 0);
        var (rows, result) = Build(figures.Select(ToEntry), computed);
        return new FulfilmentSheet(unit.Id, unit.Name, year, month, rows, result, CanEdit(unit.StationId, year) && month is not null);
    }

    /// <summary>The fulfilment item score of several units for a year (the round's computed item), without access checks on the rows.</summary>
    internal async Task<IReadOnlyDictionary<int, FulfilmentResult>> YearResultsAsync(AppDbContext db, IReadOnlyList<CompetitionUnit> units, int year, CancellationToken ct)
    {
        var ids = units.Select(u => u.Id).ToList();
        var figures = (await db.FulfilmentFigures.AsNoTracking().Where(f => ids.Contains(f.UnitId) && f.Year == year).ToListAsync(ct))
            .ToLookup(f => f.UnitId);
        var computed = await ComputedAsync([.. units.Select(u => u.StationId)], [Range(year, null)], ct);
        return units.ToDictionary(u => u.Id, u => Build(figures[u.Id].Select(ToEntry), computed.For(u.StationId, 0)).Result);
    }

    /// <summary>Saves one month of a unit's figures (rows a source computes are skipped). Field errors name "Row{n}".</summary>
    public async Task<CommandResult> SaveMonthAsync(int unitId, int year, int month, IReadOnlyList<FulfilmentInput> inputs, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await currentUser.VisibleUnits(db.CompetitionUnits).FirstOrDefaultAsync(u => u.Id == unitId, ct)
            ?? throw new ForbiddenException("无权填报该单位的服务承诺兑现表");
        if (!currentUser.CanEnterFulfilment(unit.StationId))
        {
            throw new ForbiddenException("只有考评员和本单位党支部书记可以填报服务承诺兑现表");
        }
        if (month is < 1 or > 12 || year < QueryValues.FirstYear || year > clock.Today.Year)
        {
            return CommandResult.Fail(CommandResult.FormField, "请选择有效的年月");
        }
        if (await IsLockedAsync(db, year, ct))
        {
            return CommandResult.Conflict(string.Create(CultureInfo.InvariantCulture, $"{year}年竞赛评比已定稿，服务承诺兑现表不能再修改"));
        }
        var computed = (await ComputedAsync([unit.StationId], [Range(year, month)], ct)).For(unit.StationId, 0);
        var result = new CommandResult();
        foreach (var input in inputs)
        {
            if (Table.Rows.FirstOrDefault(r => r.Number == input.RowNumber) is not { } row)
            {
                result.Add(CommandResult.FormField, $"没有第{input.RowNumber}行");
                continue;
            }
            if (Validate(row, input) is { } error)
            {
                result.Add(RowField(row.Number), error);
            }
        }
        if (!result.Succeeded)
        {
            return result;
        }
        var existing = await db.FulfilmentFigures.Where(f => f.UnitId == unitId && f.Year == year && f.Month == month).ToListAsync(ct);
        foreach (var input in inputs.Where(i => !computed.ContainsKey(i.RowNumber)))
        {
            var figure = existing.FirstOrDefault(f => f.RowNumber == input.RowNumber);
            var empty = input.Rate is null && input.Total is null && input.Unmet is null;
            if (empty)
            {
                if (figure is not null)
                {
                    db.FulfilmentFigures.Remove(figure);
                }
                continue;
            }
            if (figure is null)
            {
                figure = new FulfilmentFigure { UnitId = unitId, Year = year, Month = month, RowNumber = input.RowNumber, UpdatedBy = currentUser.UserName };
                db.FulfilmentFigures.Add(figure);
            }
            var kind = Table.Row(input.RowNumber).Kind;
            figure.Rate = kind == FulfilmentRowKind.Threshold ? input.Rate : null;
            figure.Total = kind == FulfilmentRowKind.Count ? input.Total : null;
            figure.Unmet = kind == FulfilmentRowKind.Count ? input.Unmet : null;
            figure.UpdatedBy = currentUser.UserName;
            figure.UpdatedAt = clock.UtcNow;
        }
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok();
    }

    /// <summary>
    /// Imports a month from a filled template (<see cref="FulfilmentXlsx"/>): the lines are checked like the form's
    /// fields, and nothing is saved unless every line is valid. Rows not in the file keep their figures.
    /// </summary>
    public async Task<CommandResult> ImportMonthAsync(int unitId, int year, int month, Stream xlsx, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(xlsx);
        using var buffer = new MemoryStream();
        await xlsx.CopyToAsync(buffer, ct);
        if (buffer.Length > FulfilmentXlsx.MaxBytes)
        {
            return CommandResult.Fail(CommandResult.FormField, "文件超过1 MB，未读取");
        }
        buffer.Position = 0;
        var (inputs, problems) = FulfilmentXlsx.Read(buffer, Table);
        if (problems.Count > 0)
        {
            return CommandResult.Fail(CommandResult.FormField, string.Join("；", problems));
        }
        if (inputs.Count == 0)
        {
            return CommandResult.Fail(CommandResult.FormField, "文件中没有数据行");
        }
        return await SaveMonthAsync(unitId, year, month, inputs, ct);
    }

    /// <summary>The heat map of the caller's units taking part in MD-2006 for a year.</summary>
    public async Task<FulfilmentHeatMap> HeatMapAsync(int year, CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        await using var db = await factory.CreateDbContextAsync(ct);
        var units = await currentUser.VisibleUnits(db.CompetitionUnits.AsNoTracking())
            .Where(u => u.IsActive && u.Schemes.Any(s => s.SchemeCode == CompetitionNames.SchemeCode))
            .OrderBy(u => u.Type).ThenBy(u => u.Name).ToListAsync(ct);
        var results = await YearResultsAsync(db, units, year, ct);
        var rates = new Dictionary<(int, int), decimal?>();
        foreach (var unit in units)
        {
            foreach (var row in results[unit.Id].Rows)
            {
                rates[(unit.Id, row.Row.Number)] = row.FulfilmentRate;
            }
        }
        return new FulfilmentHeatMap(year, [.. units.Select(u => (u.Id, u.Name))], Table.Rows, rates);
    }

    /// <summary>One row of a unit over the year's months; null when the unit is not the caller's or the row does not exist.</summary>
    public async Task<FulfilmentRowDetail?> RowDetailAsync(int unitId, int year, int rowNumber, CancellationToken ct = default)
    {
        currentUser.EnsureCanView();
        var row = Table.Rows.FirstOrDefault(r => r.Number == rowNumber);
        if (row is null)
        {
            return null;
        }
        await using var db = await factory.CreateDbContextAsync(ct);
        var unit = await currentUser.VisibleUnits(db.CompetitionUnits.AsNoTracking()).FirstOrDefaultAsync(u => u.Id == unitId, ct);
        if (unit is null)
        {
            return null;
        }
        var figures = await db.FulfilmentFigures.AsNoTracking().Where(f => f.UnitId == unitId && f.Year == year && f.RowNumber == rowNumber).ToListAsync(ct);
        // Periods 0–11 are the months, 12 the year: one call to the sources for all thirteen.
        var byPeriod = await ComputedAsync([unit.StationId], [.. Enumerable.Range(1, 12).Select(m => Range(year, m)), Range(year, null)], ct);
        var months = new List<FulfilmentMonth>();
        for (var m = 1; m <= 12; m++)
        {
            var computed = byPeriod.For(unit.StationId, m - 1);
            var entered = figures.FirstOrDefault(f => f.Month == m) is { } f ? ToEntry(f) : null;
            var has = computed.TryGetValue(rowNumber, out var c);
            var entry = has ? new FulfilmentEntry(rowNumber, null, c.Count.Total, c.Count.Unmet) : entered;
            months.Add(new FulfilmentMonth(m, entered, has ? c.Count : null, has ? c.Source : null, FulfilmentCalculator.Rate(row, entry)));
        }
        var yearComputed = byPeriod.For(unit.StationId, 12);
        var (rows, _) = Build(figures.Select(ToEntry), yearComputed);
        var casesUrl = unit.StationId is { } stationId && yearComputed.TryGetValue(rowNumber, out var byYear)
            ? _sources.FirstOrDefault(s => s.Name == byYear.Source)?.CasesUrl(stationId, year)
            : null;
        return new FulfilmentRowDetail(unit.Id, unit.Name, year, row, months, rows.First(r => r.Result.Row.Number == rowNumber), casesUrl);
    }

    public static string RowField(int number) => "Row" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Null when the input is acceptable for the row, else the Chinese reason.</summary>
    public static string? Validate(FulfilmentRowDefinition row, FulfilmentInput input)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(input);
        if (row.Kind == FulfilmentRowKind.Threshold)
        {
            return input.Rate is { } r && (r < 0 || r > 100) ? "实际值应在0%至100%之间" : null;
        }
        if (input.Total is null && input.Unmet is null)
        {
            return null;
        }
        if (input.Total is not { } total || input.Unmet is not { } unmet)
        {
            return "请同时填写总数和未达到要求数";
        }
        if (total < 0 || unmet < 0)
        {
            return "数量不能为负数";
        }
        return unmet > total ? "未达到要求数不能大于总数" : null;
    }

    private bool CanEdit(int? stationId, int year) => currentUser.CanEnterFulfilment(stationId) && year <= clock.Today.Year;

    private static async Task<bool> IsLockedAsync(AppDbContext db, int year, CancellationToken ct) =>
        await db.CompetitionRounds.AnyAsync(r => r.Year == year && r.SchemeCode == CompetitionNames.SchemeCode && r.Status == CompetitionRoundStatus.Finalised, ct);

    private static (DateOnly From, DateOnly To) Range(int year, int? month) => month is { } m
        ? (new DateOnly(year, m, 1), new DateOnly(year, m, DateTime.DaysInMonth(year, m)))
        : (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    /// <summary>
    /// The rows the sources compute for each station in each period, from one call per source (not one per unit or
    /// month); a later source wins a row both compute. Units without a station have none.
    /// </summary>
    private async Task<ComputedRows> ComputedAsync(IReadOnlyCollection<int?> stationIds, IReadOnlyList<(DateOnly From, DateOnly To)> periods, CancellationToken ct)
    {
        var result = new Dictionary<(int Station, int Period), Dictionary<int, (FulfilmentCaseCount, string)>>();
        var stations = stationIds.OfType<int>().Distinct().ToList();
        if (stations.Count == 0)
        {
            return new ComputedRows(result);
        }
        foreach (var source in _sources)
        {
            foreach (var (station, byPeriod) in await source.CountAsync(stations, periods, ct))
            {
                for (var i = 0; i < byPeriod.Count; i++)
                {
                    foreach (var count in byPeriod[i].Where(c => Table.Rows.Any(r => r.Number == c.RowNumber && r.Kind == FulfilmentRowKind.Count)))
                    {
                        if (!result.TryGetValue((station, i), out var rows))
                        {
                            result[(station, i)] = rows = [];
                        }
                        rows[count.RowNumber] = (count, source.Name);
                    }
                }
            }
        }
        return new ComputedRows(result);
    }

    /// <summary>What <see cref="ComputedAsync"/> found: the computed rows (by row number) of a station in a period.</summary>
    private sealed class ComputedRows(Dictionary<(int Station, int Period), Dictionary<int, (FulfilmentCaseCount Count, string Source)>> rows)
    {
        public Dictionary<int, (FulfilmentCaseCount Count, string Source)> For(int? stationId, int period) =>
            stationId is { } s && rows.TryGetValue((s, period), out var found) ? found : [];
    }

    private static (IReadOnlyList<FulfilmentRowView> Rows, FulfilmentResult Result) Build(
        IEnumerable<FulfilmentEntry> entered, Dictionary<int, (FulfilmentCaseCount Count, string Source)> computed)
    {
        var entries = FulfilmentCalculator.Aggregate(entered).Where(e => !computed.ContainsKey(e.RowNumber))
            .Concat(computed.Values.Select(c => new FulfilmentEntry(c.Count.RowNumber, null, c.Count.Total, c.Count.Unmet)));
        var result = FulfilmentCalculator.Compute(Table, MaxPoints, entries);
        return ([.. result.Rows.Select(r => new FulfilmentRowView(r, computed.TryGetValue(r.Row.Number, out var c) ? c.Source : null))], result);
    }

    private static FulfilmentEntry ToEntry(FulfilmentFigure f) => new(f.RowNumber, f.Rate, f.Total, f.Unmet);
}

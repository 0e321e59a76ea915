using System.Text.Json;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>How far an import has got: stations validated (first pass) or written (second pass).</summary>
public sealed record ImportProgress(bool Writing, int Stations);

/// <summary>
/// Loads stations with their organisation and evidence from a JSON file (docs/import-format.md). All or nothing:
/// a first pass streams the file one station at a time (<see cref="ImportStream"/>) and collects every problem with
/// its line, column and JSON path; only when there is none, a second pass streams it again and writes each station
/// in one transaction, then the imported stations are regraded. Memory holds one station, not the file; a file
/// larger than <c>App:Import:MaxFileBytes</c> is refused before it is read.
/// </summary>
public sealed partial class EvidenceImporter(
    IDbContextFactory<AppDbContext> factory,
    GradingTrigger gradingTrigger,
    SchemeGrader grader,
    AppClock clock,
    RecordHistoryWriter history,
    IOptions<AppOptions> options,
    ILogger<EvidenceImporter> logger)
{
    /// <summary>The role the import files records as: an administrator's tool run on the server (docs/security.md).</summary>
    public const string FilesAs = Infrastructure.Security.Roles.Admin;

    /// <summary>A file can hold far more mistakes than anyone reads: the first ones (by position) are listed.</summary>
    public const int MaxListedErrors = 1000;

    public async Task<ImportResult> ImportFileAsync(string path, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024);
        return await ImportAsync(stream, path, progress, ct);
    }

    public async Task<ImportResult> ImportAsync(byte[] json, string sourceName, CancellationToken ct = default)
    {
        await using var stream = new MemoryStream(json, writable: false);
        return await ImportAsync(stream, sourceName, null, ct);
    }

    /// <summary>Imports from <paramref name="json"/>'s current position; a stream that cannot seek is first copied to a temporary file (up to the size limit).</summary>
    public async Task<ImportResult> ImportAsync(Stream json, string sourceName, IProgress<ImportProgress>? progress = null, CancellationToken ct = default)
    {
        var max = options.Value.Import.MaxFileBytes;
        if (!json.CanSeek)
        {
            var temp = Path.GetTempFileName();
            await using var copy = new FileStream(temp, FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
            var copied = await StreamLimits.CopyAtMostAsync(json, copy, max + 1, ct);
            if (copied > max)
            {
                return TooLarge(sourceName, copied, max, exact: false);
            }
            copy.Position = 0;
            return await ImportAsync(copy, sourceName, progress, ct);
        }
        var start = json.Position;
        if (json.Length - start > max)
        {
            return TooLarge(sourceName, json.Length - start, max, exact: true);
        }

        var errors = await ValidateAsync(json, sourceName, progress, ct);
        if (errors.Count > 0)
        {
            var listed = errors.OrderBy(e => e.Line).ThenBy(e => e.Column).Take(MaxListedErrors).ToList();
            if (errors.Count > MaxListedErrors)
            {
                listed.Add(new ImportError(sourceName, listed[^1].Line, listed[^1].Column, "$", $"共 {errors.Count} 个错误，只列出前 {MaxListedErrors} 个"));
            }
            return ImportResult.Failed(listed);
        }

        json.Position = start;
        List<ImportedStation> imported;
        try
        {
            imported = await WriteAsync(json, sourceName, progress, ct);
        }
        catch (DbUpdateException ex)
        {
            LogWriteFailed(ex, sourceName);
            return ImportResult.Failed([new ImportError(sourceName, 1, 1, "$", $"写入数据库失败，已全部回滚：{ex.InnerException?.Message ?? ex.Message}")]);
        }
        foreach (var station in imported)
        {
            await gradingTrigger.StationChangedAsync(station.Id, station.ChangedFrom, ct); // committed: a failing regrade is logged, not reported
        }

        var result = new ImportResult(true, [], "")
        {
            Stations = imported.Count,
            ServicePoints = imported.Sum(s => s.ServicePoints),
            People = imported.Sum(s => s.People),
            Records = imported.Sum(s => s.Records),
        };
        result = result with { Summary = $"导入完成（{sourceName}）：{result.Stations} 个站所（{string.Join("、", imported.Select(s => s.Code))}），{result.ServicePoints} 个服务站点，{result.People} 名人员，{result.Records} 条记录" };
        LogImported(sourceName, result.Stations, result.Records);
        return result;
    }

    /// <summary>First pass: every problem of the file, one station in memory at a time.</summary>
    private async Task<List<ImportError>> ValidateAsync(Stream json, string source, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var reader = new ImportStream(json, source);
        var errors = new List<ImportError>();
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var db = await factory.CreateDbContextAsync(ct);
        while (reader.Next() is { } slice)
        {
            ct.ThrowIfCancellationRequested();
            errors.AddRange(await ValidateStationAsync(db, slice, codes, source, ct));
            progress?.Report(new ImportProgress(false, slice.Index + 1));
        }
        errors.AddRange(reader.Errors);
        if (reader.WellFormed)
        {
            var (fl, fc) = reader.Positions.GetValueOrDefault("$.format", (1, 1));
            var (sl, sc) = reader.Positions.GetValueOrDefault("$.stations", (1, 1));
            if (!reader.HasFormat)
            {
                errors.Add(new ImportError(source, 1, 1, "$.format", $"缺少文件格式标记 \"format\": \"{ImportValues.FormatMarker}\""));
            }
            else if (reader.Format is { } format && format != ImportValues.FormatMarker)
            {
                errors.Add(new ImportError(source, fl, fc, "$.format", $"文件格式标记应为“{ImportValues.FormatMarker}”，实际为“{format}”"));
            }
            if (reader.StationCount == 0)
            {
                errors.Add(new ImportError(source, sl, sc, "$.stations", "缺少站所列表 stations（至少一个站所）"));
            }
        }
        return errors;
    }

    private async Task<IEnumerable<ImportError>> ValidateStationAsync(AppDbContext db, StationSlice slice, Dictionary<string, string> codes, string source, CancellationToken ct)
    {
        var map = JsonLineMap.Build(slice.Json, slice.Line, slice.Column, slice.Path);
        var errors = map.DuplicateProperties
            .Select(p => Place(new ImportProblem(p, $"字段“{p[(p.LastIndexOf('.') + 1)..]}”在同一对象中出现了两次", true), map, source))
            .ToList();
        StationDto station;
        try
        {
            station = JsonSerializer.Deserialize<StationDto>(slice.Json.Span, ImportValues.Json)!;
        }
        catch (JsonException ex)
        {
            var path = map.FilePath(ex.Path);
            var (line, column) = map.Locate(path);
            errors.Add(new ImportError(source, line, column, path, "值的类型不符合格式：日期、枚举和 key 应为字符串，数量应为整数，是/否应为 true/false，列表应为 [...]，对象应为 {...}"));
            return errors;
        }
        var exists = station.Code?.Trim() is { Length: > 0 } code && await db.Stations.AnyAsync(s => s.Code == code, ct);
        var problems = await ImportValidator.ValidateAsync(station, slice.Path, codes, exists, grader.Scheme, clock.Today, clock.LocalNow);
        errors.AddRange(problems.Select(p => Place(p, map, source)));
        return errors;
    }

    /// <summary>Second pass: each station written and forgotten (the change tracker is cleared), all in one transaction.</summary>
    private async Task<List<ImportedStation>> WriteAsync(Stream json, string source, IProgress<ImportProgress>? progress, CancellationToken ct)
    {
        var reader = new ImportStream(json, source);
        var writing = new ImportRecordWriting($"import:{Path.GetFileName(source)}", history, grader.Scheme, clock.Today, clock.LocalNow);
        var imported = new List<ImportedStation>();
        await using var db = await factory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        while (reader.Next() is { } slice)
        {
            var station = JsonSerializer.Deserialize<StationDto>(slice.Json.Span, ImportValues.Json)!;
            imported.Add(await ImportWriter.WriteStationAsync(db, station, writing, ct));
            db.ChangeTracker.Clear();
            progress?.Report(new ImportProgress(true, imported.Count));
        }
        await transaction.CommitAsync(ct);
        return imported;
    }

    private static ImportError Place(ImportProblem problem, JsonLineMap map, string source)
    {
        var (line, column) = map.Locate(problem.Path, problem.AtPropertyName);
        return new ImportError(source, line, column, problem.Path, problem.Message);
    }

    private static ImportResult TooLarge(string source, long size, long max, bool exact) =>
        ImportResult.Failed([new ImportError(source, 1, 1, "$",
            $"文件{(exact ? $"大小 {ImportValues.Megabytes(size)}" : "")}超过导入上限 {ImportValues.Megabytes(max)}（App:Import:MaxFileBytes），未读取；请拆分为多个文件")]);

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Source}: {Stations} stations, {Records} records")]
    private partial void LogImported(string source, int stations, int records);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of {Source} failed while writing; rolled back")]
    private partial void LogWriteFailed(Exception ex, string source);
}

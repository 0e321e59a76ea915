using System.Text.Json;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Grading;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Features.Import;

/// <summary>
/// Loads stations with their organisation and evidence from a JSON file (docs/import-format.md). All or nothing:
/// every problem is collected with its line, column and JSON path, and nothing is written unless there are none;
/// otherwise everything is written in one transaction and the imported stations are regraded.
/// </summary>
public sealed partial class EvidenceImporter(
    IDbContextFactory<AppDbContext> factory,
    GradingService grading,
    AppClock clock,
    ILogger<EvidenceImporter> logger)
{
    /// <summary>The role the import files records as: an administrator's tool run on the server (docs/security.md).</summary>
    public const string FilesAs = Infrastructure.Security.Roles.Admin;

    public async Task<ImportResult> ImportFileAsync(string path, CancellationToken ct = default) =>
        await ImportAsync(await File.ReadAllBytesAsync(path, ct), path, ct);

    public async Task<ImportResult> ImportAsync(Stream json, string sourceName, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        await json.CopyToAsync(buffer, ct);
        return await ImportAsync(buffer.ToArray(), sourceName, ct);
    }

    public async Task<ImportResult> ImportAsync(byte[] json, string sourceName, CancellationToken ct = default)
    {
        json = json.AsSpan().StartsWith("\uFEFF"u8) ? json[3..] : json;
        var (file, map, errors) = ImportParser.Parse(json, sourceName);
        if (file is null)
        {
            return ImportResult.Failed(errors);
        }

        await using var db = await factory.CreateDbContextAsync(ct);
        var codes = (file.Stations ?? []).Select(s => s?.Code?.Trim()).OfType<string>().Distinct().ToList();
        var existing = (await db.Stations.Where(s => codes.Contains(s.Code)).Select(s => s.Code).ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        errors.AddRange(ImportValidator.Validate(file, existing, clock.Today).Select(p => ImportParser.Place(p, map, sourceName)));
        if (errors.Count > 0)
        {
            return ImportResult.Failed([.. errors.OrderBy(e => e.Line).ThenBy(e => e.Column)]);
        }

        List<ImportedStation> imported;
        try
        {
            imported = await ImportWriter.WriteAsync(db, file, $"import:{Path.GetFileName(sourceName)}", clock.UtcNow, ct);
        }
        catch (DbUpdateException ex)
        {
            LogWriteFailed(ex, sourceName);
            return ImportResult.Failed([new ImportError(sourceName, 1, 1, "$", $"写入数据库失败，已全部回滚：{ex.InnerException?.Message ?? ex.Message}")]);
        }
        await RegradeAsync(imported, ct);

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

    /// <summary>The import has committed; a failing regrade is logged and left to the nightly run.</summary>
    private async Task RegradeAsync(List<ImportedStation> imported, CancellationToken ct)
    {
        foreach (var station in imported)
        {
            foreach (var year in station.Years)
            {
                try
                {
                    await grading.RegradeStationAsync(station.Id, year, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogRegradeFailed(ex, station.Code, year);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Imported {Source}: {Stations} stations, {Records} records")]
    private partial void LogImported(string source, int stations, int records);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of {Source} failed while writing; rolled back")]
    private partial void LogWriteFailed(Exception ex, string source);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Regrading imported station {Code} for {Year} failed")]
    private partial void LogRegradeFailed(Exception ex, string code, int year);
}

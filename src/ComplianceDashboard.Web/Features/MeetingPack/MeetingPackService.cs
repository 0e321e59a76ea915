using Hangfire;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>A pack as the report page lists it (no file contents).</summary>
public sealed record MeetingPackView(long Id, int Year, int Quarter, string ScopeLabel, MeetingPackStatus Status, int Progress, string? Error,
    DateTime RequestedAt, IReadOnlyList<string> Kinds);

/// <summary>
/// Requests a pack (fixing its scope within the caller's stations and queueing the job), lists the caller's packs and
/// hands out a file only to someone who may read every station the pack covers.
/// </summary>
public sealed class MeetingPackService(IDbContextFactory<AppDbContext> dbFactory, CurrentUser currentUser, AppClock clock, IBackgroundJobClient jobs)
{
    private const int MaxNamesInLabel = 6;

    /// <param name="stationIds">The stations to cover; empty: all the caller may read (the whole county for 纪委, 考评员, 管理员).</param>
    public async Task<CommandResult<long>> RequestAsync(int year, int quarter, IReadOnlyCollection<int> stationIds, CancellationToken ct = default)
    {
        var result = new CommandResult<long>();
        if (!currentUser.IsAuthenticated)
        {
            throw new ForbiddenException("请先登录");
        }
        if (quarter is < 1 or > 4)
        {
            result.Add("quarter", "季度应为1至4");
        }
        if (year < 2000 || year > clock.Today.Year)
        {
            result.Add("year", "年份不在可选范围内");
        }
        var scope = currentUser.Scope;
        if (stationIds.Any(id => !scope.CanRead(id)))
        {
            result.Add("stations", "所选站所中有您无权查看的站所");
        }
        if (!result.Succeeded)
        {
            return result;
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var county = stationIds.Count == 0 && scope.ReadsAllStations;
        var stations = await (county ? db.Stations.AsNoTracking()
                : stationIds.Count == 0 ? scope.Filter(db.Stations.AsNoTracking()) : db.Stations.AsNoTracking().Where(s => stationIds.Contains(s.Id)))
            .OrderBy(s => s.Code).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        if (stations.Count == 0)
        {
            return result.Add("stations", "没有可生成材料的站所");
        }
        var pack = new Data.Entities.MeetingPack
        {
            Year = year,
            Quarter = quarter,
            IsCounty = county,
            StationIds = county ? "" : string.Join(",", stations.Select(s => s.Id.ToString(CultureInfo.InvariantCulture))),
            ScopeLabel = county ? "全县" : stations.Count <= MaxNamesInLabel ? string.Join("、", stations.Select(s => s.Name))
                : $"{string.Join("、", stations.Take(MaxNamesInLabel).Select(s => s.Name))}等{stations.Count}个站所",
            RequestedBy = currentUser.UserName,
            RequestedAt = clock.UtcNow,
            Status = MeetingPackStatus.Queued,
        };
        db.MeetingPacks.Add(pack);
        await db.SaveChangesAsync(ct);
        jobs.Enqueue<MeetingPackJob>(job => job.RunAsync(pack.Id, CancellationToken.None));
        return CommandResult.Ok(pack.Id);
    }

    /// <summary>The caller's own recent packs, newest first.</summary>
    public async Task<IReadOnlyList<MeetingPackView>> MineAsync(int take = 10, CancellationToken ct = default)
    {
        var user = currentUser.UserName;
        if (user.Length == 0)
        {
            return [];
        }
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var packs = await db.MeetingPacks.AsNoTracking().Where(p => p.RequestedBy == user)
            .OrderByDescending(p => p.Id).Take(take)
            .Select(p => new { Pack = p, Kinds = p.Files.OrderBy(f => f.Kind).Select(f => f.Kind).ToList() }).ToListAsync(ct);
        return [.. packs.Where(p => MaySee(p.Pack)).Select(p => new MeetingPackView(p.Pack.Id, p.Pack.Year, p.Pack.Quarter, p.Pack.ScopeLabel,
            p.Pack.Status, p.Pack.Progress, p.Pack.Error, p.Pack.RequestedAt, p.Kinds))];
    }

    /// <summary>A file of a finished pack; null when there is none; <see cref="ForbiddenException"/> unless the caller reads all of the pack's stations.</summary>
    public async Task<ExportFile?> FileAsync(long packId, string kind, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pack = await db.MeetingPacks.AsNoTracking().FirstOrDefaultAsync(p => p.Id == packId, ct);
        if (pack is null)
        {
            return null;
        }
        if (!MaySee(pack))
        {
            throw new ForbiddenException("无权下载该联席会材料");
        }
        var file = await db.MeetingPackFiles.AsNoTracking().FirstOrDefaultAsync(f => f.PackId == packId && f.Kind == kind, ct);
        return file is null ? null : new ExportFile(file.FileName, MeetingPackBuilder.ContentType(file.Kind), file.Content);
    }

    /// <summary>A county pack needs a user who reads every station; a pack of stations needs each of them readable.</summary>
    private bool MaySee(Data.Entities.MeetingPack pack)
    {
        var scope = currentUser.Scope;
        return pack.IsCounty ? scope.ReadsAllStations : pack.StationIdList().All(scope.CanRead);
    }
}

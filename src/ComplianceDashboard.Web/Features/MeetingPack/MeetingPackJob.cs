using ComplianceDashboard.Web.Features.Overview;
using Hangfire;

namespace ComplianceDashboard.Web.Features.MeetingPack;

/// <summary>
/// Builds one requested pack in the background and stores its files. Reentrant: a finished pack is left alone, an
/// interrupted one is built again from the start (its files are replaced). Progress is written to the pack's row,
/// which the report page polls.
/// </summary>
public sealed partial class MeetingPackJob(
    IDbContextFactory<AppDbContext> dbFactory,
    SchemeGrader grader,
    AppClock clock,
    IEnumerable<IMeetingPackSection> sections,
    IOptions<MeetingPackOptions> options,
    StartupState startup,
    ILogger<MeetingPackJob> logger)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(long packId, CancellationToken ct)
    {
        await startup.WhenReady;
        var culture = CultureInfo.GetCultureInfo("zh-CN");
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var pack = await db.MeetingPacks.FirstOrDefaultAsync(p => p.Id == packId, ct);
        if (pack is null || pack.Status == MeetingPackStatus.Done)
        {
            return;
        }
        try
        {
            await StepAsync(db, pack, MeetingPackStatus.Running, 10, ct);
            var ids = pack.StationIdList();
            var scope = pack.IsCounty ? StationScope.System : StationScope.System.Narrowed(ids);
            var request = new MeetingPackRequest(pack.Year, pack.Quarter, pack.IsCounty, ids);
            var extra = new List<MeetingPackSectionContent>();
            foreach (var section in sections.OrderBy(s => s.Order))
            {
                if (await section.BuildAsync(request, ct) is { } content)
                {
                    extra.Add(content);
                }
            }
            var period = new DashboardPeriod(pack.Year, pack.Quarter);
            var data = await MeetingPackQuery.LoadAsync(db, scope, grader, period, clock.Today, pack.ScopeLabel, options.Value.Committee, extra, ct);
            await StepAsync(db, pack, MeetingPackStatus.Running, 40, ct);

            var files = new List<MeetingPackFile>();
            foreach (var (kind, progress) in new[] { ("docx", 60), ("pptx", 80), ("xlsx", 95) })
            {
                var content = kind switch
                {
                    "docx" => MeetingPackBuilder.Docx(data),
                    "pptx" => MeetingPackBuilder.Pptx(data),
                    _ => MeetingPackBuilder.Xlsx(data),
                };
                files.Add(new MeetingPackFile { PackId = pack.Id, Kind = kind, FileName = MeetingPackBuilder.FileName(period, pack.ScopeLabel, kind), Content = content });
                await StepAsync(db, pack, MeetingPackStatus.Running, progress, ct);
            }
            await db.MeetingPackFiles.Where(f => f.PackId == pack.Id).ExecuteDeleteAsync(ct);
            db.MeetingPackFiles.AddRange(files);
            pack.CompletedAt = clock.UtcNow;
            pack.Error = null;
            await StepAsync(db, pack, MeetingPackStatus.Done, 100, ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, packId);
            db.ChangeTracker.Clear();
            await db.MeetingPacks.Where(p => p.Id == packId).ExecuteUpdateAsync(s => s
                .SetProperty(p => p.Status, MeetingPackStatus.Failed)
                .SetProperty(p => p.Error, "生成失败，请稍后重试或联系管理员"), CancellationToken.None);
        }
    }

    private static async Task StepAsync(AppDbContext db, Data.Entities.MeetingPack pack, MeetingPackStatus status, int progress, CancellationToken ct)
    {
        pack.Status = status;
        pack.Progress = progress;
        await db.SaveChangesAsync(ct);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Meeting pack {PackId} failed")]
    private partial void LogFailed(Exception e, long packId);
}

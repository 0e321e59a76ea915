using ComplianceDashboard.Domain.Facts;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Records;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Export;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;


namespace ComplianceDashboard.ComponentTests.Records;

/// <summary>A real SQLite file with two stations and a few records, and the records list's services over it.</summary>
public sealed class RecordsDb : IDbContextFactory<AppDbContext>, IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"records-{Guid.NewGuid():N}.db");
    private readonly DbContextOptions<AppDbContext> _options;

    public RecordsDb()
    {
        _options = new DbContextOptionsBuilder<AppDbContext>().UseSqlite($"Data Source={_path};Pooling=False").Options;
        using var db = CreateDbContext();
        db.Database.EnsureCreated();
        db.Stations.AddRange(new Station { Id = 1, Code = "TQ", Name = "桐琴供电所", Township = "桐琴镇" }, new Station { Id = 2, Code = "QX", Name = "泉溪供电所", Township = "泉溪乡" });
        db.Records.AddRange(
            Record(1, RecordKind.GroupMeeting, new DateOnly(2026, 10, 20), "2026年10月监督小组会议", "通报服务监督情况", ReviewStatus.Confirmed),
            Record(1, RecordKind.GroupMeeting, new DateOnly(2026, 9, 18), "2026年9月监督小组会议", "研究履职提醒", ReviewStatus.Unreviewed),
            Record(1, RecordKind.JointMeeting, new DateOnly(2026, 9, 30), "第三季度监督联席会", "村民代表参加", ReviewStatus.Rejected),
            Record(2, RecordKind.GroupMeeting, new DateOnly(2026, 10, 15), "泉溪10月监督小组会议", "会议纪要", ReviewStatus.Unreviewed));
        db.SaveChanges();
    }

    public AppDbContext CreateDbContext() => new(_options);

    /// <summary>Registers the real services the records pages use (DB-backed ones over this file).</summary>
    public void AddServices(IServiceCollection services)
    {
        services.AddSingleton<IDbContextFactory<AppDbContext>>(this);
        services.AddScoped<RecordFormOptions>();
        // The list reads neither the grader nor the clock.
        services.AddScoped(sp => new RecordQueries(this, sp.GetRequiredService<CurrentUser>(), null!, null!));
        var clock = new AppClock(TimeProvider.System, Options.Create(new AppOptions { TimeZone = "Asia/Shanghai" }));
        services.AddSingleton(clock);
        services.AddSingleton(new TableExport(clock));
    }

    private static EvidenceRecord Record(int station, RecordKind kind, DateOnly day, string title, string content, ReviewStatus review) => new()
    {
        StationId = station,
        Kind = kind,
        EventDate = day,
        Title = title,
        Content = content,
        Review = review,
        CreatedBy = "shuji1",
        CreatedAt = DateTime.UtcNow,
        UpdatedAt = DateTime.UtcNow,
    };

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(_path);
    }
}

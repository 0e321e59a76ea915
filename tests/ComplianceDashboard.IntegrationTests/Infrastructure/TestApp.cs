using ComplianceDashboard.Web.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ComplianceDashboard.IntegrationTests.Infrastructure;

/// <summary>
/// The real app over a fresh SQLite file in a temp folder, with the demo county (small) and a fixed clock,
/// so every run sees the same data.
/// </summary>
public class TestApp : WebApplicationFactory<Program>
{
    public static readonly DateTimeOffset FixedNow = new(2026, 11, 20, 2, 0, 0, TimeSpan.Zero); // 2026-11-20 10:00 in Shanghai

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-tests", Guid.NewGuid().ToString("N"));

    public string Folder => _folder;

    protected virtual int DemoStations => 14;

    protected virtual bool DemoEnabled => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("App:DatabasePath", Path.Combine(_folder, "test.db"));
        builder.UseSetting("App:AttachmentsPath", Path.Combine(_folder, "attachments"));
        builder.UseSetting("App:LogPath", "");
        builder.UseSetting("App:DemoData:Enabled", DemoEnabled ? "true" : "false");
        builder.UseSetting("App:DemoData:Stations", DemoStations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("App:Grading:CatchUpOnStart", "false");
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(new FixedTimeProvider(FixedNow));
        });
    }

    public AppDbContext CreateDbContext() => Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
    }
}

public sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

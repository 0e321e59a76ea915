using System.Diagnostics;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Demo;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Security;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.Benchmarks;

/// <summary>The real app (in-process test server) over a fresh SQLite file holding N generated stations × 1 year.</summary>
public sealed class BenchmarkApp(int stations, string? databasePath = null) : WebApplicationFactory<Program>
{
    static BenchmarkApp() => BenchmarkContentRoot.Set();

    public const string UserName = "bench";
    public const string Password = "Bench@2026x";

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "cd-bench", Guid.NewGuid().ToString("N"));

    public int Stations => stations;

    /// <summary>A kept database (--db) skips the slow generation on later runs.</summary>
    public string DatabasePath => databasePath ?? Path.Combine(Folder, "bench.db");

    public DateOnly Today => Services.GetRequiredService<AppClock>().Today;

    public int Year => Today.Year - 1;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(Folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("App:DatabasePath", DatabasePath);
        builder.UseSetting("App:AttachmentsPath", Path.Combine(Folder, "attachments"));
        builder.UseSetting("App:LogPath", "");
        builder.UseSetting("App:DemoData:Enabled", "false");
        builder.UseSetting("App:Grading:CatchUpOnStart", "false");
        builder.UseSetting("App:Security:InitialAdminPassword", Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics", "Warning");
        builder.UseSetting("Logging:LogLevel:ComplianceDashboard", "Warning");
    }

    /// <summary>Generates last year for N stations (the deterministic demo generator, one year) and a county-wide reader.</summary>
    public async Task SeedAsync()
    {
        // The host prepares its database in the background (StartupInitializer): start once it is ready.
        await Services.GetRequiredService<ComplianceDashboard.Web.Infrastructure.Startup.StartupState>().WhenReady;
        var factory = Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        await using (var existing = await factory.CreateDbContextAsync())
        {
            if (await existing.Stations.CountAsync() == stations)
            {
                Console.WriteLine($"setup: reusing {DatabasePath} ({await existing.Records.CountAsync():N0} records)");
                await existing.GradeSnapshots.ExecuteDeleteAsync();
                await existing.StationMonthStats.ExecuteDeleteAsync();
                return;
            }
        }
        var watch = Stopwatch.StartNew();
        var generator = new DemoCountyGenerator(20261122, stations, new DateOnly(Year, 12, 31), years: 1);
        await DemoDataSeeder.SeedAsync(factory, generator);
        await using var db = await factory.CreateDbContextAsync();
        var records = await db.Records.CountAsync();
        Console.WriteLine($"setup: generated {stations} stations × 1 year ({Year}) = {records:N0} records in {watch.Elapsed.TotalSeconds:F1} s");

        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = UserName, DisplayName = "Benchmark" };
        await users.CreateAsync(user, Password);
        await users.AddToRoleAsync(user, Roles.DisciplineLeader);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}

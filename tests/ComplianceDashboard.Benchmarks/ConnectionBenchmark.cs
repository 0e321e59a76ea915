using System.Diagnostics;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.Benchmarks;

/// <summary>
/// 业扩 at county scale: about 100,000 applications received in the last year (DemoConnections' generator), the
/// morning list of today and the monthly economic-responsibility sheet of last month, county-wide (no station filter),
/// each measured cold (first call) and warm. Targets: morning list ≤ 300 ms, monthly sheet ≤ 2 s.
/// Run: <c>dotnet run -c Release --project tests/ComplianceDashboard.Benchmarks -- --connections [--stations 100] [--applications 100000]</c>.
/// </summary>
public static class ConnectionBenchmark
{
    public static async Task RunAsync(BenchmarkApp app, int applications)
    {
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        var today = app.Today;
        var watch = Stopwatch.StartNew();
        int count;
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.ConnectionApplications.ExecuteDeleteAsync(); // the demo county's own, if any
            var stations = await db.Stations.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Code }).ToListAsync();
            var perMonth = (int)Math.Ceiling(applications / (double)(stations.Count * 12));
            count = 0;
            foreach (var chunk in stations.Chunk(10))
            {
                await using var batch = await factory.CreateDbContextAsync();
                batch.ChangeTracker.AutoDetectChangesEnabled = false;
                foreach (var s in chunk)
                {
                    var generated = DemoConnections.Generate(s.Id, s.Code, today, perMonth, 7000 + s.Id);
                    batch.ConnectionApplications.AddRange(generated);
                    count += generated.Count;
                }
                await batch.SaveChangesAsync();
            }
        }
        Console.WriteLine($"setup: {count:N0} applications in {watch.Elapsed.TotalSeconds:F1} s");

        using var scope = app.Services.CreateScope();
        var connections = scope.ServiceProvider.GetRequiredService<ConnectionService>();
        var sheets = scope.ServiceProvider.GetRequiredService<ResponsibilitySheetService>();
        var month = today.AddMonths(-1);

        async Task<(double Ms, int Rows)> DailyAsync()
        {
            await using var db = await factory.CreateDbContextAsync();
            var w = Stopwatch.StartNew();
            var rows = await connections.DailyRowsAsync(db, db.ConnectionApplications.ActiveIn(today, today), today, default);
            return (w.Elapsed.TotalMilliseconds, rows.Count);
        }
        async Task<(double Ms, int Lines)> SheetAsync()
        {
            await using var db = await factory.CreateDbContextAsync();
            var w = Stopwatch.StartNew();
            var names = await db.Stations.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name);
            var lines = await sheets.ComputeAsync(db, db.ConnectionApplications, month.Year, month.Month, today, names, default);
            return (w.Elapsed.TotalMilliseconds, lines.Count);
        }

        var daily1 = await DailyAsync();
        var daily2 = await DailyAsync();
        var sheet1 = await SheetAsync();
        var sheet2 = await SheetAsync();
        Console.WriteLine();
        Console.WriteLine($"## 业扩 ({count:N0} applications, {app.Stations} stations, today {today:yyyy-MM-dd})");
        Console.WriteLine("| measure | value | target |");
        Console.WriteLine("|---|---|---|");
        Console.WriteLine($"| morning list, county, first call ({daily1.Rows:N0} rows) | {daily1.Ms:F0} ms | ≤ 300 ms |");
        Console.WriteLine($"| morning list, county, second call | {daily2.Ms:F0} ms | ≤ 300 ms |");
        Console.WriteLine($"| monthly sheet {month:yyyy-MM}, first call ({sheet1.Lines:N0} lines) | {sheet1.Ms:F0} ms | ≤ 2,000 ms |");
        Console.WriteLine($"| monthly sheet {month:yyyy-MM}, second call | {sheet2.Ms:F0} ms | ≤ 2,000 ms |");
    }
}

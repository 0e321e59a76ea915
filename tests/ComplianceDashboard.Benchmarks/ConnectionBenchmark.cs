using System.Diagnostics;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Connections;
using ComplianceDashboard.Web.Features.Demo;
using Microsoft.Data.Sqlite;
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
        var count = await SeedAsync(app, factory, today, applications);
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

    /// <summary>
    /// The generated applications written with plain SQLite commands in one transaction (EF's change tracking makes a
    /// million rows take minutes); their stages and pauses too — call-backs are not needed by what is measured.
    /// </summary>
    private static async Task<int> SeedAsync(BenchmarkApp app, IDbContextFactory<AppDbContext> factory, DateOnly today, int applications)
    {
        List<(int Id, string Code)> stations;
        await using (var db = await factory.CreateDbContextAsync())
        {
            await db.ConnectionApplications.ExecuteDeleteAsync(); // the demo county's own, if any
            stations = [.. (await db.Stations.AsNoTracking().OrderBy(s => s.Id).Select(s => new { s.Id, s.Code }).ToListAsync()).Select(s => (s.Id, s.Code))];
        }
        var perMonth = (int)Math.Ceiling(applications / (double)(stations.Count * 12));
        await using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        await connection.OpenAsync();
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync();
        var insertApp = Command(connection, transaction, "INSERT INTO ConnectionApplications (Id, Number, Customer, Class, StationId, IsKeyProject, IsImportantCustomer, Received, ClosedOn, ComplaintReference, Note, UpdatedAt, UpdatedBy) VALUES ($id, $number, $customer, $class, $station, $key, $important, $received, $closed, '', '', '2026-01-01 00:00:00', 'bench')",
            "$id", "$number", "$customer", "$class", "$station", "$key", "$important", "$received", "$closed");
        var insertStage = Command(connection, transaction, "INSERT INTO ConnectionStages (ApplicationId, Stage, Start, Finish, Unit) VALUES ($app, $stage, $start, $finish, $unit)",
            "$app", "$stage", "$start", "$finish", "$unit");
        var insertPause = Command(connection, transaction, "INSERT INTO ConnectionPauses (ApplicationId, \"From\", \"To\", Reason) VALUES ($app, $from, $to, $reason)",
            "$app", "$from", "$to", "$reason");
        long id = 0;
        foreach (var (stationId, code) in stations)
        {
            foreach (var a in DemoConnections.Generate(stationId, code, today, perMonth, 7000 + stationId))
            {
                id++;
                Run(insertApp, id, a.Number, a.Customer, a.Class.ToString(), a.StationId, a.IsKeyProject ? 1 : 0, a.IsImportantCustomer ? 1 : 0, Date(a.Received), Date(a.ClosedOn));
                foreach (var s in a.Stages)
                {
                    Run(insertStage, id, s.Stage.ToString(), Date(s.Start), Date(s.Finish), s.Unit);
                }
                foreach (var p in a.Pauses)
                {
                    Run(insertPause, id, Date(p.From), Date(p.To), p.Reason);
                }
            }
        }
        await transaction.CommitAsync();
        return (int)id;
    }

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }
        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
        command.ExecuteNonQuery();
    }
}

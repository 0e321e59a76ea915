using System.Diagnostics;
using ComplianceDashboard.Web.Features.Integrity;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.Benchmarks;

/// <summary>The integrity signals of every station (the nightly job) and of one station (after a save), against the raw read floor.</summary>
public static class IntegrityBenchmark
{
    public static async Task RunAsync(BenchmarkApp app)
    {
        var integrity = app.Services.GetRequiredService<IntegrityRecompute>();
        var floor = RawReadSeconds(app);

        var watch = Stopwatch.StartNew();
        var first = await integrity.RecomputeAllAsync();
        var all = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await integrity.RecomputeAllAsync();
        var again = watch.Elapsed.TotalSeconds;
        watch.Restart();
        await integrity.RecomputeStationAsync(1);
        var one = watch.Elapsed.TotalSeconds;

        Console.WriteLine();
        Console.WriteLine($"## Integrity signals ({app.Stations} stations, all years in the database)");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| raw SQL read of every record (one query, all columns) | {floor:F2} s |");
        Console.WriteLine($"| county recompute, first ({first:N0} signals stored) | {all:F2} s |");
        Console.WriteLine($"| county recompute, second | {again:F2} s |");
        Console.WriteLine($"| ratio second county recompute / raw read | {again / floor:F1}× |");
        Console.WriteLine($"| one station after a save (station 1) | {one * 1000:F0} ms |");
    }

    private static double RawReadSeconds(BenchmarkApp app)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM Records";
        var watch = Stopwatch.StartNew();
        using var reader = command.ExecuteReader();
        var rows = reader.ReadEveryRow();
        watch.Stop();
        Console.WriteLine($"raw read (integrity floor): {rows:N0} rows");
        return watch.Elapsed.TotalSeconds;
    }
}

using System.Diagnostics;
using ComplianceDashboard.Web.Grading.Jobs;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.Benchmarks;

/// <summary>Full recompute of every station for one year, against the floor of reading the same rows with one raw query.</summary>
public static class GradingBenchmark
{
    public static async Task RunAsync(BenchmarkApp app)
    {
        var grading = app.Services.GetRequiredService<GradingRuns>();
        var floor = RawReadSeconds(app);

        var (first, firstAlloc, peak) = await MeasureAsync(() => grading.TryRunAllAsync("benchmark", [app.Year]));
        var (second, _, _) = await MeasureAsync(() => grading.TryRunAllAsync("benchmark", [app.Year]));

        Console.WriteLine();
        Console.WriteLine($"## Full recompute ({app.Stations} stations, year {app.Year}, final grades)");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| raw SQL read of the year's records (one query, all columns) | {floor:F2} s |");
        Console.WriteLine($"| first recompute (every snapshot written) | {first:F2} s |");
        Console.WriteLine($"| second recompute (results unchanged, nothing rewritten) | {second:F2} s |");
        Console.WriteLine($"| ratio first recompute / raw read | {first / floor:F1}× |");
        Console.WriteLine($"| ratio second recompute / raw read | {second / floor:F1}× |");
        Console.WriteLine($"| managed allocations, first recompute | {firstAlloc / (1 << 20):N0} MiB |");
        Console.WriteLine($"| peak working set of the process | {peak / (1 << 20):N0} MiB |");
    }

    private static async Task<(double Seconds, long Allocated, long PeakWorkingSet)> MeasureAsync(Func<Task> action)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        await action();
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        return (watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, process.PeakWorkingSet64);
    }

    /// <summary>The data-access floor: every record row of the year read once with a plain SqliteDataReader.</summary>
    private static double RawReadSeconds(BenchmarkApp app)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM Records WHERE EventDate >= $from";
        command.Parameters.AddWithValue("$from", $"{app.Year - 1}-07-01");
        var watch = Stopwatch.StartNew();
        using var reader = command.ExecuteReader();
        var values = new object[reader.FieldCount];
        var rows = 0;
        while (reader.Read())
        {
            reader.GetValues(values);
            rows++;
        }
        watch.Stop();
        Console.WriteLine($"raw read: {rows:N0} rows");
        return watch.Elapsed.TotalSeconds;
    }
}

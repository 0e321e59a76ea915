using Microsoft.Extensions.DependencyInjection;

namespace ComplianceDashboard.Benchmarks;

/// <summary>
/// Benchmarks (not tests): <c>dotnet run -c Release --project tests/ComplianceDashboard.Benchmarks -- [--stations 2000] [--requests 30] [--db kept.db]</c>,
/// or <c>-- --circuits 20</c> for memory per connected user, <c>-- --integrity</c> for the integrity signals only,
/// <c>-- --fulfilment [--stations 2000]</c> for the MD-2006 fulfilment table only (in memory, no database).
/// <c>-- --connections [--stations 100] [--applications 100000]</c> for the 业扩 morning list and monthly sheet only.
/// <c>-- --grading</c> for the full recompute only (phase profile and floors), <c>-- --pages [--requests 30]</c> for the
/// page render times and the concurrent-users measure only (after one recompute).
/// <c>-- --scale-out --stations 20000 --postgres "Host=…;Port=…;Username=…" [--sequence 1,2]</c> (servers per round; 0: only generate) for the full recompute on
/// PostgreSQL with one app server, then two (<see cref="ScaleOutBenchmark"/>).
/// Prints Markdown sections for docs/performance.md.
/// </summary>
internal static class BenchmarkMain
{
    public static async Task Main(string[] args)
    {
        var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal))
            .ToDictionary(x => x.a[2..], x => x.i + 1 < args.Length ? args[x.i + 1] : "");
        int Option(string name, int fallback) => options.TryGetValue(name, out var v) && int.TryParse(v, CultureInfo.InvariantCulture, out var n) ? n : fallback;

        if (options.ContainsKey("circuits"))
        {
            await CircuitBenchmark.RunAsync(Option("circuits", 20));
            return;
        }
        if (options.TryGetValue("scale-out-server", out _))
        {
            await ScaleOutBenchmark.ServeAsync(options["postgres"]); // server B of the scale-out benchmark
            return;
        }
        if (options.ContainsKey("scale-out"))
        {
            var sequence = options.TryGetValue("sequence", out var s) && s.Length > 0 ? s.Split(',').Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToList() : [1, 2];
            await ScaleOutBenchmark.RunAsync(Option("stations", 20_000), options["postgres"], sequence);
            return;
        }
        var stations = Option("stations", options.ContainsKey("connections") ? 100 : 2000);
        var requests = Option("requests", 30);
        if (options.ContainsKey("fulfilment"))
        {
            FulfilmentBenchmark.Run(stations); // 服务承诺兑现表 for as many units as stations, 12 months
            return;
        }
        Console.WriteLine($"# Benchmark run {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
        Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1L << 30)} GiB, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
        Console.WriteLine();

        await using var bench = new BenchmarkApp(stations, options.TryGetValue("db", out var db) && db.Length > 0 ? Path.GetFullPath(db) : null);
        await bench.SeedAsync();
        if (options.ContainsKey("connections"))
        {
            await ConnectionBenchmark.RunAsync(bench, Option("applications", 100_000)); // only 业扩
            return;
        }
        if (options.ContainsKey("integrity"))
        {
            await IntegrityBenchmark.RunAsync(bench); // only the integrity signals
            return;
        }
        if (options.ContainsKey("grading"))
        {
            await GradingBenchmark.RunAsync(bench); // only the full recompute (phases and floors)
            return;
        }
        if (options.ContainsKey("pages"))
        {
            await GradingRuns(bench);
            await PageBenchmark.RunAsync(bench, requests); // only page render times and the concurrent load
            return;
        }
        await GradingBenchmark.RunAsync(bench);
        await IntegrityBenchmark.RunAsync(bench);
        await PageBenchmark.RunAsync(bench, requests);
        FulfilmentBenchmark.Run(stations);
    }

    private static async Task GradingRuns(BenchmarkApp bench) =>
        await bench.Services.GetRequiredService<ComplianceDashboard.Web.Grading.Jobs.GradingRuns>().TryRunAllAsync("benchmark", [bench.Year]);
}

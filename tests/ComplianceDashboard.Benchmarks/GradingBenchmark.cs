using System.Diagnostics;
using ComplianceDashboard.Domain.Scoring;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ComplianceDashboard.Benchmarks;

/// <summary>
/// Full recompute of every station for one year, with where its time goes (a phase profile of the same work) and two
/// floors measured in the same run: the loader's own SQL read with a plain SqliteDataReader (exactly the columns and
/// joins grading uses), and a bare SQLite scan of the same rows (<c>SELECT count(*) FROM (…)</c>).
/// </summary>
public static class GradingBenchmark
{
    /// <summary>Stations per step of the phase profile and of the floors' captured SQL (the batch size of the first measurements).</summary>
    private const int ProfileChunk = 100;

    public static async Task RunAsync(BenchmarkApp app)
    {
        var grading = app.Services.GetRequiredService<GradingRuns>();
        var batchSize = app.Services.GetRequiredService<IOptions<AppOptions>>().Value.Grading.BatchSize;

        // The recompute as a job run, first (nothing stored yet) and second (results unchanged); then where the time goes
        // and the two floors. The warm-up (two batches' worth of the same work, written then removed) is too short to
        // bring the code to its last tier: the first run on a fresh process is measured as such ("cold"), then, after one
        // more unmeasured pair of runs, again as a long-running server runs it (code compiled to the last tier, queries cached).
        await ProfileAsync(app, ProfileChunk, 2 * ProfileChunk);
        var (cold, _, _, coldCpu) = await MeasureAsync(() => grading.TryRunAllAsync("benchmark", [app.Year]));
        // Right after the cold run a first recompute still took 7 s against 3.9 s once the code had settled (the JIT's
        // background recompiles of the cold run's hot methods run beside it), so one pair of runs goes unmeasured.
        await ClearAsync(app);
        await grading.TryRunAllAsync("benchmark", [app.Year]);
        await grading.TryRunAllAsync("benchmark", [app.Year]);
        await ClearAsync(app);
        var (first, firstAlloc, peak, firstCpu) = await MeasureAsync(() => grading.TryRunAllAsync("benchmark", [app.Year]));
        var (second, _, _, secondCpu) = await MeasureAsync(() => grading.TryRunAllAsync("benchmark", [app.Year]));
        // The same batches through GradingService directly (the batch jobs' body without Hangfire and the run's
        // bookkeeping): the difference to the job run is the job machinery's share.
        var (directFirst, directSecond, directFirstCpu, directSecondCpu) = await DirectAsync(app, batchSize);
        var (phases, commands) = await ProfileAsync(app, ProfileChunk, int.MaxValue);
        var columnsRead = ReplaySeconds(app, commands, bare: false);
        var bareScan = ReplaySeconds(app, commands, bare: true);
        var allColumns = RawReadSeconds(app);
        if (Environment.GetEnvironmentVariable("CD_BENCH_SQL") is { Length: > 0 } sqlFile)
        {
            File.WriteAllLines(sqlFile, commands.Take(commands.Count / Math.Max(1, app.Stations / ProfileChunk)).Select(c => c.Sql + ";\n"));
        }
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

        Console.WriteLine();
        Console.WriteLine($"## Full recompute ({app.Stations} stations, year {app.Year}, final grades; load {load} at the end)");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| floor (a): the loader's SQL read with a plain SqliteDataReader ({commands.Count} commands, {commands.Sum(c => c.Rows):N0} rows, the columns grading uses) | {columnsRead:F2} s |");
        Console.WriteLine($"| floor (b): bare SQLite scan of the same rows (`SELECT count(*) FROM (…)` of each command) | {bareScan:F2} s |");
        Console.WriteLine($"| raw read of the year's records (one query, all columns; the former floor) | {allColumns:F2} s |");
        Console.WriteLine($"| cold first recompute (the process's first: tier-0 code being recompiled; every snapshot written; CPU seconds) | {cold:F2} s ({coldCpu:F2} s) |");
        Console.WriteLine($"| first recompute (warm; every snapshot written) | {first:F2} s |");
        Console.WriteLine($"| second recompute (results unchanged, nothing rewritten) | {second:F2} s |");
        Console.WriteLine($"| CPU seconds of the process: first recompute / second | {firstCpu:F2} s / {secondCpu:F2} s |");
        Console.WriteLine($"| the same batches of {batchSize} through GradingService.GradeStationsAsync directly, no jobs: first / second | {directFirst:F2} s / {directSecond:F2} s |");
        Console.WriteLine($"| CPU seconds of the direct runs: first / second | {directFirstCpu:F2} s / {directSecondCpu:F2} s |");
        Console.WriteLine($"| ratio first recompute / floor (a) | {first / columnsRead:F1}× |");
        Console.WriteLine($"| ratio second recompute / floor (a) | {second / columnsRead:F1}× |");
        Console.WriteLine($"| ratio first recompute / floor (b) | {first / bareScan:F1}× |");
        Console.WriteLine($"| managed allocations, first recompute | {firstAlloc / (1 << 20):N0} MiB |");
        Console.WriteLine($"| peak working set of the process | {peak / (1 << 20):N0} MiB |");
        Console.WriteLine();
        Console.WriteLine($"### Phase profile (after the two runs, warm: the same work batch by batch of {ProfileChunk}, each phase timed alone; writes as a first recompute)");
        Console.WriteLine("| phase | seconds | share |");
        Console.WriteLine("|---|---|---|");
        var total = phases.Values.Sum();
        foreach (var (name, seconds) in phases)
        {
            Console.WriteLine($"| {name} | {seconds:F2} | {seconds / total:P0} |");
        }
        Console.WriteLine($"| **sum** | {total:F2} | |");
    }

    /// <summary>
    /// Runs the batch steps of a recompute one phase at a time with a stopwatch around each (grading, JSON and hash on
    /// every core as in production), capturing the loader's SQL for the floors; then removes what it wrote.
    /// </summary>
    private static async Task<(Dictionary<string, double> Phases, List<CapturedCommand<(string Name, object Value)>> Commands)> ProfileAsync(BenchmarkApp app, int batchSize, int stations)
    {
        var grader = app.Services.GetRequiredService<SchemeGrader>();
        var capture = new CommandCapture<(string Name, object Value)>(p => (p.ParameterName, p.Value ?? DBNull.Value));
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, $"Data Source={app.DatabasePath}");
        builder.AddInterceptors(capture);
        var options = builder.Options;
        var year = app.Year;
        var asOf = app.Today;
        var phases = new Dictionary<string, double>
        {
            ["read (EF queries + materialisation into facts)"] = 0,
            ["grade (RubricEngine)"] = 0,
            ["JSON (items + calendar, UTF-8)"] = 0,
            ["hash (SHA-256 of the JSON bytes)"] = 0,
            ["month statistics"] = 0,
            ["write (one transaction per batch)"] = 0,
        };
        var keys = phases.Keys.ToArray();
        List<int> ids;
        await using (var db = new AppDbContext(options))
        {
            ids = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).Take(stations).ToListAsync();
            await db.GradeSnapshots.ExecuteDeleteAsync(); // the profile writes as a first recompute does
            await db.StationMonthStats.ExecuteDeleteAsync();
        }
        var watch = new Stopwatch();
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await using var db = new AppDbContext(options);
            watch.Restart();
            capture.Enabled = true;
            var facts = await StationFactsLoader.LoadAsync(db, chunk, year, asOf);
            capture.Enabled = false;
            phases[keys[0]] += watch.Elapsed.TotalSeconds;

            watch.Restart();
            var grades = new StationGrade[facts.Count];
            Parallel.For(0, facts.Count, i => grades[i] = grader.Grade(facts[i], year, asOf));
            phases[keys[1]] += watch.Elapsed.TotalSeconds;

            watch.Restart();
            var json = new (byte[] Items, byte[] Calendar)[facts.Count];
            Parallel.For(0, facts.Count, i => json[i] = (GradeJson.SerializeToUtf8(grades[i].Items), GradeJson.SerializeToUtf8(grades[i].Calendar)));
            phases[keys[2]] += watch.Elapsed.TotalSeconds;

            watch.Restart();
            var hashes = new string[facts.Count];
            Parallel.For(0, facts.Count, i =>
            {
                var g = grades[i];
                hashes[i] = GradeJson.Hash([g.SchemeCode, g.SchemeVersion, g.IsFinal.ToString(), g.Total.ToString(CultureInfo.InvariantCulture)], json[i].Items, json[i].Calendar);
            });
            phases[keys[3]] += watch.Elapsed.TotalSeconds;

            watch.Restart();
            var stats = new StationMonthStat[facts.Count][];
            Parallel.For(0, facts.Count, i => stats[i] = SnapshotWriter.MonthStats(facts[i], grades[i]));
            phases[keys[4]] += watch.Elapsed.TotalSeconds;

            var prepared = Enumerable.Range(0, facts.Count)
                .Select(i => new GradedStation(facts[i].StationId, grades[i], json[i].Items, json[i].Calendar, hashes[i], stats[i])).ToList();
            watch.Restart();
            await SnapshotWriter.WriteAsync(db, prepared, null, DateTime.UnixEpoch, CancellationToken.None);
            phases[keys[5]] += watch.Elapsed.TotalSeconds;
        }
        if (stations != int.MaxValue) // the warm-up leaves nothing behind
        {
            await using var db = new AppDbContext(options);
            await db.GradeSnapshots.ExecuteDeleteAsync();
            await db.StationMonthStats.ExecuteDeleteAsync();
        }
        SqliteConnection.ClearAllPools();
        return (phases, capture.Commands);
    }

    /// <summary>The loader's captured commands replayed with a plain reader (every column read), or only counted by SQLite.</summary>
    private static double ReplaySeconds(BenchmarkApp app, List<CapturedCommand<(string Name, object Value)>> commands, bool bare)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        var watch = Stopwatch.StartNew();
        foreach (var captured in commands)
        {
            using var command = connection.CreateCommand();
            command.CommandText = bare ? $"SELECT count(*) FROM ({captured.Sql})" : captured.Sql;
            foreach (var (name, value) in captured.Parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            using var reader = command.ExecuteReader();
            var rows = reader.ReadEveryRow();
            if (!bare)
            {
                captured.Rows = rows;
            }
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<(double Seconds, long Allocated, long PeakWorkingSet, double CpuSeconds)> MeasureAsync(Func<Task> action)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var cpu = CpuSeconds();
        var watch = Stopwatch.StartNew();
        await action();
        watch.Stop();
        using var process = Process.GetCurrentProcess();
        return (watch.Elapsed.TotalSeconds, GC.GetTotalAllocatedBytes(precise: true) - allocated, process.PeakWorkingSet64, CpuSeconds() - cpu);
    }

    private static async Task ClearAsync(BenchmarkApp app)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        await db.GradeSnapshots.ExecuteDeleteAsync();
        await db.StationMonthStats.ExecuteDeleteAsync();
    }

    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>A first (nothing stored) and a second recompute through <see cref="GradingService.GradeStationsAsync"/>, batch after batch.</summary>
    private static async Task<(double First, double Second, double FirstCpu, double SecondCpu)> DirectAsync(BenchmarkApp app, int batchSize)
    {
        var service = app.Services.GetRequiredService<GradingService>();
        var factory = app.Services.GetRequiredService<IDbContextFactory<AppDbContext>>();
        List<int> ids;
        await using (var db = await factory.CreateDbContextAsync())
        {
            ids = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        }
        await ClearAsync(app);
        async Task RunAsync()
        {
            foreach (var chunk in ids.Chunk(batchSize))
            {
                await service.GradeStationsAsync(chunk, app.Year, null);
            }
        }
        var (first, _, _, firstCpu) = await MeasureAsync(RunAsync);
        var (second, _, _, secondCpu) = await MeasureAsync(RunAsync);
        return (first, second, firstCpu, secondCpu);
    }

    /// <summary>The former floor: every record row of the year read once with a plain SqliteDataReader, all columns.</summary>
    private static double RawReadSeconds(BenchmarkApp app)
    {
        using var connection = new SqliteConnection($"Data Source={app.DatabasePath}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT * FROM Records WHERE EventDate >= $from";
        command.Parameters.AddWithValue("$from", $"{app.Year - 1}-07-01");
        var watch = Stopwatch.StartNew();
        using var reader = command.ExecuteReader();
        var rows = reader.ReadEveryRow();
        watch.Stop();
        Console.WriteLine($"raw read: {rows:N0} rows");
        return watch.Elapsed.TotalSeconds;
    }
}

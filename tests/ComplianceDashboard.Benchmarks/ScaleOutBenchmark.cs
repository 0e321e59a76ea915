using System.Diagnostics;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Data.Entities;
using ComplianceDashboard.Web.Features.Demo;
using ComplianceDashboard.Web.Grading;
using ComplianceDashboard.Web.Grading.Jobs;
using ComplianceDashboard.Web.Infrastructure;
using ComplianceDashboard.Web.Infrastructure.Startup;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ComplianceDashboard.Benchmarks;

/// <summary>
/// The full recompute on PostgreSQL with one app server, then two (the provincial set-up, ADR-018): N generated stations × 1 year in a
/// database of their own (<c>cd_bench_N</c>, generated once and kept), the recompute started as a grading run whose batch
/// jobs the Hangfire workers of every server take from the shared PostgreSQL queue. Server A is this process; server B
/// is a second OS process (this program with <c>--scale-out-server</c>), with its own host, Hangfire server (one worker,
/// as in production), DbContext pool and connection pool. Also measures the floor in the same run: the loader's own SQL
/// for every batch replayed with a plain <see cref="NpgsqlDataReader"/>, on one connection and split over two.
/// <code>dotnet run -c Release --no-build --project tests/ComplianceDashboard.Benchmarks -- --scale-out --stations 20000 --postgres "Host=/tmp/pg-bench;Port=5433;Username=postgres" [--sequence 1,2,1]</code>
/// </summary>
public static class ScaleOutBenchmark
{
    private static readonly TimeSpan Ceiling = TimeSpan.FromMinutes(10);

    public static async Task RunAsync(int stations, string server, IReadOnlyList<int> sequence)
    {
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = $"cd_bench_{stations}", MaxPoolSize = 50 }.ToString();
        await using var a = new PostgreSqlServerApp(connection);
        await a.StartAsync();
        var year = a.Get<AppClock>().Today.Year - 1;
        await SeedAsync(a, stations, year);
        if (sequence.All(servers => servers == 0))
        {
            return; // --sequence 0: only generate the database
        }
        var dataDirectory = await ScalarAsync<string>(connection, "SHOW data_directory");
        var pg = new PostgreSqlCpu(dataDirectory);
        Console.WriteLine($"PostgreSQL {await ScalarAsync<string>(connection, "SHOW server_version")}, data {dataDirectory}, shared_buffers {await ScalarAsync<string>(connection, "SHOW shared_buffers")}, "
            + $"database {await ScalarAsync<string>(connection, "SELECT pg_size_pretty(pg_database_size(current_database()))")}");

        // A long-running server has its code compiled: each server grades two batches before it is measured.
        var batchSize = a.Get<IOptions<AppOptions>>().Value.Grading.BatchSize;
        await WarmUpAsync(a, year, batchSize);

        var floors = await FloorsAsync(a, connection, year, batchSize);
        PrintFloors(stations, year, batchSize, floors);
        var results = new List<RunResult>();
        foreach (var servers in sequence)
        {
            ServerProcess? b = null;
            try
            {
                if (servers == 2)
                {
                    b = await ServerProcess.StartAsync(connection);
                    await WaitForHangfireServersAsync(a, [a.Get<JobServerName>().Name, b.Name]);
                }
                else
                {
                    await WaitForHangfireServersAsync(a, [a.Get<JobServerName>().Name]);
                }
                foreach (var first in new[] { true, false })
                {
                    if (first)
                    {
                        await ClearGradesAsync(a, connection);
                    }
                    results.Add(await MeasureRunAsync(a, b, pg, year, servers, first));
                    var r = results[^1];
                    Console.WriteLine($"run: {r.Servers} server(s), {(r.First ? "first" : "second")}: {r.Wall:F1} s, batches {string.Join(" / ", r.Batches.Select(x => $"{x.Key} {x.Value}"))}, CPU {r.CpuA:F0}+{r.CpuB:F0}+{r.CpuPg:F0} s, load {r.LoadBefore}→{r.LoadAfter}");
                }
            }
            finally
            {
                if (b is not null)
                {
                    await b.DisposeAsync();
                }
            }
        }
        Print(stations, year, batchSize, floors, results);
    }

    /// <summary>Server B: a host on the same database until its standard input closes.</summary>
    public static async Task ServeAsync(string connection)
    {
        await using var app = new PostgreSqlServerApp(connection);
        await app.StartAsync();
        await WarmUpAsync(app, app.Get<AppClock>().Today.Year - 1, app.Get<IOptions<AppOptions>>().Value.Grading.BatchSize);
        Console.WriteLine($"ready {app.Get<JobServerName>().Name}");
        await Console.In.ReadToEndAsync(); // the benchmark closes our input when it is done with us
    }

    private static async Task SeedAsync(PostgreSqlServerApp app, int stations, int year)
    {
        var factory = app.Get<IDbContextFactory<AppDbContext>>();
        await using (var db = await factory.CreateDbContextAsync())
        {
            var existing = await db.Stations.CountAsync();
            if (existing == stations)
            {
                Console.WriteLine($"setup: reusing database {db.Database.GetDbConnection().Database} ({await db.Records.CountAsync():N0} records)");
                return;
            }
            if (existing != 0)
            {
                throw new InvalidOperationException($"database {db.Database.GetDbConnection().Database} holds {existing} stations, not {stations}: drop it");
            }
        }
        var watch = Stopwatch.StartNew();
        var generator = new DemoCountyGenerator(20261122, stations, new DateOnly(year, 12, 31), years: 1);
        await DemoDataSeeder.SeedAsync(factory, generator);
        await using var check = await factory.CreateDbContextAsync();
        await check.Database.ExecuteSqlRawAsync("ANALYZE");
        Console.WriteLine($"setup: generated {stations} stations × 1 year ({year}) = {await check.Records.CountAsync():N0} records in {watch.Elapsed.TotalSeconds:F0} s");
    }

    /// <summary>Grades (and writes) the first two batches through the batch code path, so the measured runs run compiled code.</summary>
    private static async Task WarmUpAsync(PostgreSqlServerApp app, int year, int batchSize)
    {
        await using var db = await app.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var ids = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).Take(2 * batchSize).ToListAsync();
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await app.Get<GradingService>().GradeStationsAsync(chunk, year, null);
        }
    }

    /// <summary>Every snapshot and month statistic removed (so the next run writes them all), then vacuumed.</summary>
    private static async Task ClearGradesAsync(PostgreSqlServerApp app, string connection)
    {
        await using (var db = await app.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync())
        {
            await db.GradeSnapshots.ExecuteDeleteAsync();
            await db.StationMonthStats.ExecuteDeleteAsync();
        }
        await using var raw = new NpgsqlConnection(connection);
        await raw.OpenAsync();
        await using var vacuum = new NpgsqlCommand("""VACUUM ANALYZE "GradeSnapshots", "StationMonthStats" """, raw) { CommandTimeout = 600 };
        await vacuum.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until exactly these hosts' Hangfire servers are heard (heartbeat in the shared storage).</summary>
    private static async Task WaitForHangfireServersAsync(PostgreSqlServerApp app, string[] names)
    {
        var monitoring = app.Get<JobStorage>().GetMonitoringApi();
        var until = Stopwatch.StartNew();
        while (!names.All(n => monitoring.Servers().Any(s => s.Name.StartsWith(n + ":", StringComparison.OrdinalIgnoreCase))))
        {
            if (until.Elapsed > Ceiling)
            {
                throw new TimeoutException($"Hangfire servers {string.Join(", ", names)} not all registered");
            }
            await Task.Delay(100);
        }
    }

    private static async Task<RunResult> MeasureRunAsync(PostgreSqlServerApp a, ServerProcess? b, PostgreSqlCpu pg, int year, int servers, bool first)
    {
        var loadBefore = Load();
        var (cpuA, cpuB, cpuPg) = (Cpu(Process.GetCurrentProcess()), b?.Cpu() ?? 0, pg.Seconds());
        var watch = Stopwatch.StartNew();
        var runId = await a.Get<GradingRuns>().TryRunAllAsync("benchmark", [year]).WaitAsync(Ceiling)
            ?? throw new InvalidOperationException("a grading run is already in progress");
        var wall = watch.Elapsed.TotalSeconds;
        var (cpuA2, cpuB2, cpuPg2) = (Cpu(Process.GetCurrentProcess()), b?.Cpu() ?? 0, pg.Seconds());
        await using var db = await a.Get<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var run = await db.JobRuns.AsNoTracking().SingleAsync(r => r.Id == runId);
        if (run.Status != JobRunStatus.Succeeded)
        {
            throw new InvalidOperationException($"run {runId} ended {run.Status}: {run.Error}");
        }
        var executedBy = await db.JobRunBatches.AsNoTracking().Where(x => x.JobRunId == runId).Select(x => x.ExecutedBy ?? "?").ToListAsync();
        var name = a.Get<JobServerName>();
        var batches = executedBy
            .GroupBy(by => name.IsThisHost(by) ? "A" : b is not null && by.StartsWith(b.Name + ":", StringComparison.OrdinalIgnoreCase) ? "B" : by)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count());
        return new RunResult(servers, first, wall, (run.FinishedAt!.Value - run.StartedAt).TotalSeconds, batches,
            cpuA2 - cpuA, cpuB2 - cpuB, cpuPg2 - cpuPg, loadBefore, Load());
    }

    /// <summary>
    /// The loader's SQL for every batch (captured while EF reads the batches as a run does, which is timed too), replayed
    /// with a plain reader reading every column: on one connection, and split over two connections at once.
    /// </summary>
    private static async Task<Floors> FloorsAsync(PostgreSqlServerApp app, string connection, int year, int batchSize)
    {
        var capture = new CommandCapture<NpgsqlParameter>(p => ((NpgsqlParameter)p).Clone());
        var builder = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(builder, DatabaseProvider.PostgreSql, connection);
        builder.AddInterceptors(capture);
        var asOf = app.Get<AppClock>().Today;
        List<int> ids;
        await using (var db = new AppDbContext(builder.Options))
        {
            ids = await db.Stations.OrderBy(s => s.Id).Select(s => s.Id).ToListAsync();
        }
        var watch = Stopwatch.StartNew();
        foreach (var chunk in ids.Chunk(batchSize))
        {
            await using var db = new AppDbContext(builder.Options);
            capture.Enabled = true;
            await StationFactsLoader.LoadAsync(db, chunk, year, asOf);
            capture.Enabled = false;
        }
        var efRead = watch.Elapsed.TotalSeconds;
        var commands = capture.Commands;
        var perBatch = commands.Count / Math.Max(1, (ids.Count + batchSize - 1) / batchSize);
        var batches = commands.Chunk(perBatch).ToList();
        _ = await ReplayAsync(connection, commands, bare: false); // once to warm the cache and count the rows
        var rows = commands.Sum(c => c.Rows);
        var one = await ReplayAsync(connection, commands, bare: false);
        watch.Restart();
        await Task.WhenAll(ReplayAsync(connection, [.. batches.Where((_, i) => i % 2 == 0).SelectMany(x => x)], bare: false),
            ReplayAsync(connection, [.. batches.Where((_, i) => i % 2 == 1).SelectMany(x => x)], bare: false));
        var two = watch.Elapsed.TotalSeconds;
        var bare = await ReplayAsync(connection, commands, bare: true);
        return new Floors(commands.Count, rows, efRead, one, two, bare);
    }

    private static async Task<double> ReplayAsync(string connectionString, IReadOnlyList<CapturedCommand<NpgsqlParameter>> commands, bool bare)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var watch = Stopwatch.StartNew();
        foreach (var captured in commands)
        {
            await using var command = new NpgsqlCommand(bare ? $"SELECT count(*) FROM ({captured.Sql}) AS q" : captured.Sql, connection);
            foreach (var parameter in captured.Parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }
            await using var reader = await command.ExecuteReaderAsync();
            var rows = await reader.ReadEveryRowAsync();
            if (!bare)
            {
                captured.Rows = rows;
            }
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static void PrintFloors(int stations, int year, int batchSize, Floors floors)
    {
        Console.WriteLine();
        Console.WriteLine($"## Full recompute on PostgreSQL, one and two app servers ({stations:N0} stations, year {year}, batch jobs of {batchSize})");
        Console.WriteLine("| measure | value |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| EF read of every batch as a run reads it (StationFactsLoader, one connection, materialised into facts) | {floors.EfRead:F2} s |");
        Console.WriteLine($"| floor (a): the loader's SQL replayed with a plain NpgsqlDataReader, one connection ({floors.Commands:N0} commands, {floors.Rows:N0} rows) | {floors.One:F2} s |");
        Console.WriteLine($"| floor (a) split over two connections at once (alternate batches) | {floors.Two:F2} s |");
        Console.WriteLine($"| floor (b): bare scan of the same rows (`SELECT count(*) FROM (…)`), one connection | {floors.Bare:F2} s |");
        Console.WriteLine($"(load {Load()} after the floors)");
        Console.WriteLine();
    }

    private static void Print(int stations, int year, int batchSize, Floors floors, List<RunResult> results)
    {
        PrintFloors(stations, year, batchSize, floors);
        Console.WriteLine("| servers | recompute | wall | run record | batches per server | CPU-s server A | CPU-s server B | CPU-s PostgreSQL | cores busy (CPU-s / wall) | wall / floor (a) | load before → after |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var r in results)
        {
            Console.WriteLine($"| {r.Servers} | {(r.First ? "first" : "second")} | {r.Wall:F1} s | {r.Recorded:F1} s | {string.Join(" / ", r.Batches.Select(x => $"{x.Key} {x.Value}"))} | {r.CpuA:F1} | {(r.Servers == 2 ? r.CpuB.ToString("F1", CultureInfo.InvariantCulture) : "—")} | {r.CpuPg:F1} | {(r.CpuA + r.CpuB + r.CpuPg) / r.Wall:F2} | {r.Wall / floors.One:F1}× | {r.LoadBefore} → {r.LoadAfter} |");
        }
        Console.WriteLine();
        foreach (var first in new[] { true, false })
        {
            var one = results.Where(r => r.Servers == 1 && r.First == first).Select(r => r.Wall).DefaultIfEmpty().Min();
            var two = results.Where(r => r.Servers == 2 && r.First == first).Select(r => r.Wall).DefaultIfEmpty().Min();
            if (one > 0 && two > 0)
            {
                Console.WriteLine($"speed-up one → two servers, {(first ? "first" : "second")} recompute (best of each): {one / two:F2}×");
            }
        }
    }

    private static double Cpu(Process process)
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync())!;
    }

    private sealed record RunResult(int Servers, bool First, double Wall, double Recorded, Dictionary<string, int> Batches,
        double CpuA, double CpuB, double CpuPg, string LoadBefore, string LoadAfter);

    private sealed record Floors(int Commands, int Rows, double EfRead, double One, double Two, double Bare);

    /// <summary>
    /// CPU-seconds of one PostgreSQL cluster: every live process whose working directory is its data directory, plus
    /// what the postmaster has reaped from backends that ended (cutime + cstime), so connections closed during a run count.
    /// </summary>
    private sealed class PostgreSqlCpu(string dataDirectory)
    {
        private static readonly long Ticks = 100; // USER_HZ on Linux

        public double Seconds()
        {
            long total = 0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                try
                {
                    if (!int.TryParse(Path.GetFileName(dir), CultureInfo.InvariantCulture, out _)
                        || new DirectoryInfo(Path.Combine(dir, "cwd")).LinkTarget is not { } cwd || cwd != dataDirectory)
                    {
                        continue;
                    }
                    var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                    var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                    // fields[0] is the state (field 3): utime 14, stime 15, cutime 16, cstime 17, counted from field 3.
                    total += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)
                        + long.Parse(fields[13], CultureInfo.InvariantCulture) + long.Parse(fields[14], CultureInfo.InvariantCulture);
                }
                catch (IOException)
                {
                    // the process ended while we looked
                }
                catch (UnauthorizedAccessException)
                {
                }
            }
            return total / (double)Ticks;
        }
    }

    /// <summary>Server B: this program started again with <c>--scale-out-server</c>, ready once it prints its Hangfire server name.</summary>
    private sealed class ServerProcess : IAsyncDisposable
    {
        private readonly Process _process;

        private ServerProcess(Process process, string name)
        {
            _process = process;
            Name = name;
        }

        public string Name { get; }

        public static async Task<ServerProcess> StartAsync(string connection)
        {
            var info = new ProcessStartInfo { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
            var self = Environment.ProcessPath!;
            if (Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                info.FileName = self;
                info.ArgumentList.Add(typeof(ScaleOutBenchmark).Assembly.Location);
            }
            else
            {
                info.FileName = self;
            }
            info.ArgumentList.Add("--scale-out-server");
            info.ArgumentList.Add("--postgres");
            info.ArgumentList.Add(connection);
            var process = Process.Start(info) ?? throw new InvalidOperationException("server B did not start");
            using var timeout = new CancellationTokenSource(Ceiling);
            while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith("ready ", StringComparison.Ordinal))
                {
                    _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None); // keep draining
                    Console.WriteLine($"server B (pid {process.Id}) ready: {line[6..]}");
                    return new ServerProcess(process, line[6..]);
                }
            }
            throw new InvalidOperationException($"server B ended before it was ready (exit {process.ExitCode})");
        }

        public double Cpu() => ScaleOutBenchmark.Cpu(_process);

        public async ValueTask DisposeAsync()
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.Dispose();
        }
    }
}

/// <summary>The real app (in-process test server, production settings) as one app server on a PostgreSQL database.</summary>
public sealed class PostgreSqlServerApp(string connectionString) : WebApplicationFactory<Program>
{
    static PostgreSqlServerApp() => BenchmarkContentRoot.Set();

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "cd-bench", Guid.NewGuid().ToString("N"));

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Starts the host and waits until its database is migrated and its start-up steps have run.</summary>
    public async Task StartAsync()
    {
        _ = Services;
        await Get<StartupState>().WhenReady;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(_folder);
        builder.UseEnvironment("Production");
        builder.UseSetting("App:Database:Provider", "PostgreSql");
        builder.UseSetting("App:Database:ConnectionString", connectionString);
        builder.UseSetting("App:DatabasePath", Path.Combine(_folder, "unused.db"));
        builder.UseSetting("App:AttachmentsPath", Path.Combine(_folder, "attachments"));
        builder.UseSetting("App:LogPath", "");
        builder.UseSetting("App:DemoData:Enabled", "false");
        builder.UseSetting("App:Grading:CatchUpOnStart", "false");
        // Hangfire schedules on the real clock: the nightly run must not start by itself during the benchmark.
        builder.UseSetting("App:Grading:NightlyCron", "0 2 29 2 *");
        builder.UseSetting("App:Security:InitialAdminPassword", BenchmarkApp.Password);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:ComplianceDashboard", "Warning");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}

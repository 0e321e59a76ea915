using ComplianceDashboard.Web.Features.Import;

namespace ComplianceDashboard.Web.Hosting;

/// <summary>
/// Commands run instead of the web server (<c>bash scripts/run.sh &lt;command&gt; …</c>, see README):
/// <c>grade</c>, <c>import</c> and <c>migrate-data</c>. Exit code 0 on success, 1 on bad input, 2 on usage errors.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var exitCode = await RunAsync(app.Services, args, Console.Out, Console.Error);
        if (exitCode is null)
        {
            return false;
        }
        Environment.ExitCode = exitCode.Value;
        return true;
    }

    /// <summary>Runs a command and returns its exit code, or null when <paramref name="args"/> name no command (serve the app).</summary>
    public static async Task<int?> RunAsync(IServiceProvider services, string[] args, TextWriter stdout, TextWriter stderr)
    {
        var command = args.FirstOrDefault();
        if (command is not ("grade" or "import" or "migrate-data"))
        {
            return null;
        }
        var options = Options(args.Skip(1));
        try
        {
            return command switch
            {
                "grade" => await GradeAsync(services, options, stdout, stderr),
                "migrate-data" => await MigrateDataAsync(services, options, stdout, stderr),
                _ => await ImportAsync(services, options, stdout, stderr),
            };
        }
        catch (UsageException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 2;
        }
    }

    /// <summary><c>import --file path.json</c>: all or nothing; every error on stderr (file:line:column path: message).</summary>
    private static async Task<int> ImportAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        var file = Required(options, "file");
        if (!File.Exists(file))
        {
            throw new UsageException($"--file: 文件不存在：{file}");
        }
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(migrateOnly: true);
        var result = await services.GetRequiredService<EvidenceImporter>().ImportFileAsync(file);
        foreach (var error in result.Errors)
        {
            await stderr.WriteLineAsync(error.ToString());
        }
        await (result.Succeeded ? stdout : stderr).WriteLineAsync(result.Summary);
        return result.Succeeded ? 0 : 1;
    }

    /// <summary>
    /// <c>migrate-data --from sqlite --to postgres [--sqlite path-or-connection-string] [--postgres connection-string]</c>:
    /// copies the SQLite database (default App:DatabasePath) into an empty PostgreSQL database (default
    /// App:Database:ConnectionString), all or nothing, and prints the rows copied per table.
    /// </summary>
    private static async Task<int> MigrateDataAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        if (Required(options, "from") != "sqlite" || Required(options, "to") != "postgres")
        {
            throw new UsageException("migrate-data copies --from sqlite --to postgres (the only direction supported)");
        }
        var app = services.GetRequiredService<IOptions<AppOptions>>().Value;
        var env = services.GetRequiredService<IHostEnvironment>();
        var sqlite = options.TryGetValue("sqlite", out var s) && s.Length > 0
            ? s.Contains('=', StringComparison.Ordinal) ? s : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = s, Pooling = false }.ToString()
            : new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = DatabaseSetup.DatabaseFile(app, env.ContentRootPath), Pooling = false }.ToString();
        var postgres = options.TryGetValue("postgres", out var p) && p.Length > 0 ? p
            : app.Database.Provider == DatabaseProvider.PostgreSql ? app.Database.ConnectionString
            : throw new UsageException("--postgres <connection string> is required (or App:Database:ConnectionString with App:Database:Provider=PostgreSql)");
        if (!DatabaseSetup.IsValidPostgreSqlConnectionString(postgres))
        {
            throw new UsageException("--postgres is not a valid PostgreSQL connection string (Host=…;Database=…;Username=…)");
        }
        try
        {
            var counts = await DataMigrator.CopyAsync(sqlite, postgres, stdout);
            await stdout.WriteLineAsync($"copied {counts.Sum(c => c.Rows).ToString(CultureInfo.InvariantCulture)} rows in {counts.Count.ToString(CultureInfo.InvariantCulture)} tables");
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            await stderr.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    private static async Task<int> GradeAsync(IServiceProvider services, Dictionary<string, string> options, TextWriter stdout, TextWriter stderr)
    {
        var station = Required(options, "station");
        var year = int.TryParse(Required(options, "year"), CultureInfo.InvariantCulture, out var y) ? y : throw new UsageException("--year must be a year such as 2025");
        var clock = services.GetRequiredService<AppClock>();
        var asOf = options.TryGetValue("as-of", out var text)
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new UsageException("--as-of must be yyyy-MM-dd")
            : clock.Today;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stationNumber = int.TryParse(station, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : (int?)null;
        var stationId = await db.Stations.Where(s => s.Code == station || s.Name == station || s.Id == stationNumber).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        if (stationId is null)
        {
            await stderr.WriteLineAsync($"station '{station}' not found (use its code, name or id)");
            return 1;
        }
        var facts = (await StationFactsLoader.LoadAsync(db, [stationId.Value], year, asOf)).Single();
        var grade = services.GetRequiredService<SchemeGrader>().Grade(facts, year, asOf);
        var output = options.ContainsKey("calendar") ? (object)grade : grade with { Calendar = [] };
        await stdout.WriteLineAsync(System.Text.Json.JsonSerializer.Serialize(output, PrintOptions));
        return 0;
    }

    private static readonly System.Text.Json.JsonSerializerOptions PrintOptions = new(GradeJson.Options)
    {
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
    };

    private static Dictionary<string, string> Options(IEnumerable<string> args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        string? key = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                key = arg[2..];
                options[key] = "";
            }
            else if (key is not null)
            {
                options[key] = arg;
                key = null;
            }
        }
        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out var value) && value.Length > 0 ? value : throw new UsageException($"--{name} is required");

    private sealed class UsageException(string message) : Exception(message);
}

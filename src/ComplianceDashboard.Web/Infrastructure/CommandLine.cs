using System.Globalization;
using ComplianceDashboard.Web.Data;
using ComplianceDashboard.Web.Features.Grading;
using Microsoft.EntityFrameworkCore;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>
/// Commands run instead of the web server (<c>bash scripts/run.sh &lt;command&gt; …</c>, see README):
/// <c>grade</c> and <c>schema-script</c>. Exit code 0 on success, 1 on bad input, 2 on usage errors.
/// </summary>
public static class CommandLine
{
    public static async Task<bool> TryRunAsync(WebApplication app, string[] args)
    {
        var command = args.FirstOrDefault();
        if (command is not ("grade" or "schema-script"))
        {
            return false;
        }
        var services = app.Services;
        var options = Options(args.Skip(1));
        try
        {
            Environment.ExitCode = command switch
            {
                "grade" => await GradeAsync(services, options),
                _ => await SchemaScriptAsync(services),
            };
        }
        catch (UsageException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            Environment.ExitCode = 2;
        }
        return true;
    }

    private static async Task<int> GradeAsync(IServiceProvider services, Dictionary<string, string> options)
    {
        var station = Required(options, "station");
        var year = int.TryParse(Required(options, "year"), CultureInfo.InvariantCulture, out var y) ? y : throw new UsageException("--year must be a year such as 2025");
        var clock = services.GetRequiredService<AppClock>();
        var asOf = options.TryGetValue("as-of", out var text)
            ? DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : throw new UsageException("--as-of must be yyyy-MM-dd")
            : clock.Today;
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        var stationId = await db.Stations.Where(s => s.Code == station || s.Name == station || s.Id.ToString() == station).Select(s => (int?)s.Id).FirstOrDefaultAsync();
        if (stationId is null)
        {
            await Console.Error.WriteLineAsync($"station '{station}' not found (use its code, name or id)");
            return 1;
        }
        var facts = (await StationFactsLoader.LoadAsync(db, [stationId.Value], year, asOf)).Single();
        var grade = services.GetRequiredService<StationGrader>().Grade(facts, year, asOf);
        var output = options.ContainsKey("calendar") ? (object)grade : grade with { Calendar = [] };
        Console.WriteLine(System.Text.Json.JsonSerializer.Serialize(output, PrintOptions));
        return 0;
    }

    private static async Task<int> SchemaScriptAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        Console.WriteLine(db.Database.GenerateCreateScript());
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

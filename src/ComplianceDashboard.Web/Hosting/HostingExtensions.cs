using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using MudBlazor.Services;
using Serilog;

namespace ComplianceDashboard.Web.Hosting;

public static class HostingExtensions
{
    public static IHostApplicationBuilder AddAppOptions(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(AppOptions.Section);
        // A setting that would stop the app stops it here, before the host exists: the message is the first thing
        // anyone sees, not one of several start-up failures (and a test host never races its own disposal).
        var rules = new AppOptionsRules();
        if (rules.Validate(Options.DefaultName, section.Get<AppOptions>() ?? new AppOptions()) is { Failed: true } result)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(AppOptions), result.Failures);
        }
        builder.AddValidatedOptions<AppOptions>(AppOptions.Section);
        builder.Services.AddSingleton<IValidateOptions<AppOptions>>(rules);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<AppClock>();
        builder.Services.AddSingleton<HolidayCalendar>();
        return builder;
    }

    /// <summary>One line per event, readable by the county's IT staff: "2026-11-30 10:15:02.123 [INFO] Category: message".</summary>
    public const string LogLineFormat = "{Timestamp:yyyy-MM-dd HH:mm:ss.fff} [{Level:u4}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Serilog: console plus daily files <c>app-yyyyMMdd.log</c> under App:LogPath (App:LogFilesKept kept), levels
    /// from the <c>Serilog</c> section of appsettings (which may also add sinks). The static <c>Log.Logger</c> is left
    /// alone: the logger belongs to this host (tests start several in one process).
    /// </summary>
    public static IHostApplicationBuilder AddAppLogging(this IHostApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(AppOptions.Section).Get<AppOptions>() ?? new AppOptions();
        var folder = string.IsNullOrWhiteSpace(options.LogPath) ? null
            : Path.IsPathRooted(options.LogPath) ? options.LogPath : Path.Combine(builder.Environment.ContentRootPath, options.LogPath);
        var log = new LoggerConfiguration()
            .ReadFrom.Configuration(builder.Configuration)
            .Enrich.FromLogContext()
            .WriteTo.Console(outputTemplate: LogLineFormat, formatProvider: CultureInfo.InvariantCulture);
        if (folder is not null)
        {
            log.WriteTo.File(Path.Combine(folder, "app-.log"), outputTemplate: LogLineFormat, formatProvider: CultureInfo.InvariantCulture,
                rollingInterval: RollingInterval.Day, retainedFileCountLimit: options.LogFilesKept, encoding: new UTF8Encoding(false));
        }
        var logger = log.CreateLogger();
        // Serilog is one provider among the host's (it writes the console and the files, so the default providers go):
        // a provider added later, such as a test's log capture, still sees every event.
        builder.Logging.ClearProviders();
        builder.Logging.AddSerilog(logger, dispose: true);
        builder.Services.AddSingleton<Serilog.ILogger>(logger);
        builder.Services.AddSingleton(new Serilog.Extensions.Hosting.DiagnosticContext(logger));
        builder.Services.AddSingleton<IDiagnosticContext>(sp => sp.GetRequiredService<Serilog.Extensions.Hosting.DiagnosticContext>());
        return builder;
    }

    /// <summary>The health endpoint: 503 "starting: …" until the app is ready, then the health checks' answer.</summary>
    public const string HealthPath = "/healthz";

    /// <summary>
    /// One line per request ("HTTP GET /stations responded 200 in 12.3 ms") into this host's logger; a failure (5xx or
    /// an exception) as an error — except the 503 "starting" answers of the start-up gate, which are expected. A healthy
    /// answer of /healthz is debug only: a load balancer or monitor asks every few seconds, thousands of lines a day.
    /// </summary>
    public static WebApplication UseAppRequestLogging(this WebApplication app)
    {
        var logger = app.Services.GetRequiredService<Serilog.ILogger>();
        var startup = app.Services.GetRequiredService<Infrastructure.Startup.StartupState>();
        app.UseSerilogRequestLogging(o =>
        {
            o.Logger = logger;
            o.GetLevel = (http, _, error) =>
                error is not null || (http.Response.StatusCode >= 500 && startup.IsReady) ? Serilog.Events.LogEventLevel.Error
                : http.Response.StatusCode == StatusCodes.Status200OK && http.Request.Path.StartsWithSegments(HealthPath, StringComparison.OrdinalIgnoreCase) ? Serilog.Events.LogEventLevel.Debug
                : Serilog.Events.LogEventLevel.Information;
        });
        return app;
    }

    public static IHostApplicationBuilder AddAppUi(this IHostApplicationBuilder builder)
    {
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices(mud =>
        {
            mud.SnackbarConfiguration.PositionClass = MudBlazor.Defaults.Classes.Position.BottomRight;
            mud.SnackbarConfiguration.VisibleStateDuration = 5000;
        });
        builder.Services.AddTransient<MudBlazor.MudLocalizer, Components.Mud.AppMudLocalizer>();
        builder.Services.AddTransient<Components.Shared.FormErrors>();
        builder.Services.AddSingleton<Infrastructure.Export.TableExport>();
        builder.Services.AddSingleton<Components.Prerender.StaticFragmentCache>();
        builder.Services.AddAppLocalization();
        // Blazor writes CJK as numeric entities by default, tripling page size (../shared/docs/stack.md beside the repository).
        builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    internal static bool TimeZoneExists(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

/// <summary>The settings the app cannot run with, and what to write instead.</summary>
internal sealed class AppOptionsRules : IValidateOptions<AppOptions>
{
    public ValidateOptionsResult Validate(string? name, AppOptions options)
    {
        var failures = new List<string>();
        if (!HostingExtensions.TimeZoneExists(options.TimeZone))
        {
            failures.Add("App:TimeZone is not a known time zone id");
        }
        if (options.Database.Provider == DatabaseProvider.PostgreSql && string.IsNullOrWhiteSpace(options.Database.ConnectionString))
        {
            failures.Add("App:Database:ConnectionString is required when App:Database:Provider is PostgreSql, e.g. 'Host=db1;Port=5432;Database=compliance;Username=cd;Password=…'");
        }
        else if (options.Database.Provider == DatabaseProvider.PostgreSql && !DatabaseSetup.IsValidPostgreSqlConnectionString(options.Database.ConnectionString))
        {
            failures.Add("App:Database:ConnectionString is not a valid PostgreSQL connection string (Npgsql keywords such as Host, Port, Database, Username, Password)");
        }
        if (options.Import.MaxFileBytes < 1024)
        {
            failures.Add("App:Import:MaxFileBytes must be at least 1024 bytes");
        }
        if (!GradingOptions.IsFiveFieldCron(options.Grading.NightlyCron))
        {
            failures.Add("App:Grading:NightlyCron must be a 5-field cron (minute hour day-of-month month day-of-week), e.g. '0 2 * * *' for 02:00 every night; the former 6/7-field form with seconds ('0 0 2 * * ?') is no longer accepted");
        }
        return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
    }
}

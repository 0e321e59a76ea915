using System.ComponentModel.DataAnnotations;

namespace ComplianceDashboard.Web.Infrastructure;

/// <summary>Settings under "App" (documented in appsettings.samples/).</summary>
public sealed class AppOptions
{
    public const string Section = "App";

    /// <summary>SQLite database file; relative paths are under the content root (used when App:Database:Provider is Sqlite).</summary>
    [Required]
    public string DatabasePath { get; set; } = "App_Data/compliance.db";

    /// <summary>Which database server: SQLite (default, the file at DatabasePath) or PostgreSQL (docs/decisions/ADR-017).</summary>
    public DatabaseOptions Database { get; set; } = new();

    /// <summary>IANA time zone for "today", due dates and job schedules.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>Folder for attachments, outside wwwroot.</summary>
    [Required]
    public string AttachmentsPath { get; set; } = "App_Data/attachments";

    [Range(1, 200 * 1024 * 1024)]
    public long MaxAttachmentBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Rolling log files (one per day, app-yyyyMMdd.log); empty disables file logging.</summary>
    public string LogPath { get; set; } = "App_Data/logs";

    /// <summary>How many daily log files are kept; older ones are deleted.</summary>
    [Range(1, 3650)]
    public int LogFilesKept { get; set; } = 14;

    public DemoDataOptions DemoData { get; set; } = new();

    public GradingOptions Grading { get; set; } = new();

    public ImportOptions Import { get; set; } = new();
}

public enum DatabaseProvider
{
    Sqlite,
    PostgreSql,
}

public sealed class DatabaseOptions
{
    /// <summary>Sqlite (default) or PostgreSql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>
    /// PostgreSQL: an Npgsql connection string (required), e.g. <c>Host=db1;Database=compliance;Username=cd;Password=…</c>.
    /// SQLite: optional; when empty the file at App:DatabasePath is used.
    /// </summary>
    public string ConnectionString { get; set; } = "";
}

public sealed class ImportOptions
{
    /// <summary>Largest import file (JSON or XLSX) accepted; a larger one is refused before it is read.</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 50 * 1024 * 1024;
}

public sealed class DemoDataOptions
{
    /// <summary>Fill an empty database with the demo county (and demo users) on first start.</summary>
    public bool Enabled { get; set; } = true;

    public int Seed { get; set; } = 20261122;

    [Range(1, 5000)]
    public int Stations { get; set; } = 14;
}

public sealed class GradingOptions
{
    /// <summary>5-field cron (Hangfire/Cronos) for the nightly recompute, in <see cref="AppOptions.TimeZone"/>.</summary>
    [Required]
    public string NightlyCron { get; set; } = "0 2 * * *";

    /// <summary>Run a nightly recompute missed while the app was down once at start-up (Hangfire's Relaxed misfire handling).</summary>
    public bool CatchUpOnStart { get; set; } = true;

    /// <summary>
    /// Stations per batch job; a batch must finish in seconds (Hangfire's invisibility timeout does not slide). Each job
    /// costs its own queue poll, state changes and run bookkeeping, so fewer, larger batches finish a run sooner.
    /// </summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// A batch is read in parts at once, at most one per core, each of at least this many stations: a part's queries
    /// cost the same fixed amount whatever its size, so small batches are read in one go.
    /// </summary>
    [Range(1, 1000)]
    public int MinStationsPerReader { get; set; } = 100;

    /// <summary>How often a failing station is retried within one run.</summary>
    [Range(0, 5)]
    public int StationRetries { get; set; } = 2;

    /// <summary>Scheme graded by default.</summary>
    [Required]
    public string Scheme { get; set; } = "QL-2022";

    /// <summary>Five fields of cron characters; Hangfire checks the values themselves when it registers the job.</summary>
    public static bool IsFiveFieldCron(string? cron) =>
        cron?.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 5 } fields
        && fields.All(f => f.All(c => char.IsAsciiLetterOrDigit(c) || c is '*' or ',' or '-' or '/' or '?' or '#'));
}

using System.Runtime.Loader;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace ComplianceDashboard.Web.Data;

/// <summary>
/// The database behind <see cref="AppDbContext"/>: SQLite (default, one file) or PostgreSQL (App:Database:Provider,
/// docs/decisions/ADR-017-postgresql-provider.md). One model; each provider has its own migrations: SQLite's in this
/// assembly (Data/Migrations), PostgreSQL's in <see cref="PostgreSqlMigrationsAssembly"/>.
/// </summary>
public static class DatabaseSetup
{
    /// <summary>The project holding the generated PostgreSQL migrations (copied beside the web app by its build).</summary>
    public const string PostgreSqlMigrationsAssembly = "ComplianceDashboard.Migrations.PostgreSql";

    /// <summary>Registers a pooled <see cref="IDbContextFactory{AppDbContext}"/> on the database from options.</summary>
    public static IHostApplicationBuilder AddAppDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPooledDbContextFactory<AppDbContext>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<AppOptions>>().Value;
            var env = services.GetRequiredService<IHostEnvironment>();
            Configure(db, options.Database.Provider, ConnectionString(options, env.ContentRootPath));
            // Interceptors registered in DI join every context (a seam: the tests add one that fails writes like a full disk).
            var interceptors = services.GetServices<IInterceptor>().ToList();
            if (interceptors.Count > 0)
            {
                db.AddInterceptors(interceptors);
            }
        });
        // Identity's stores need a scoped context; it comes from the same factory.
        builder.Services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContext());
        return builder;
    }

    /// <summary>Full path of App:DatabasePath (relative paths are under the content root); creates its folder.</summary>
    public static string DatabaseFile(AppOptions options, string contentRoot)
    {
        var path = Path.IsPathRooted(options.DatabasePath) ? options.DatabasePath : Path.Combine(contentRoot, options.DatabasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return path;
    }

    /// <summary>The connection string of the configured provider (SQLite: App:Database:ConnectionString or the file at App:DatabasePath).</summary>
    public static string ConnectionString(AppOptions options, string contentRoot)
    {
        if (options.Database.Provider == DatabaseProvider.PostgreSql || options.Database.ConnectionString.Length > 0)
        {
            return options.Database.ConnectionString;
        }
        var path = DatabaseFile(options, contentRoot);
        return new SqliteConnectionStringBuilder { DataSource = path, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
    }

    internal static bool IsValidPostgreSqlConnectionString(string connectionString)
    {
        try
        {
            return new NpgsqlConnectionStringBuilder(connectionString).Host is { Length: > 0 };
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>SQLite on <paramref name="connectionString"/> (tests and tools that work on a file).</summary>
    public static void Configure(DbContextOptionsBuilder db, string connectionString) =>
        Configure(db, DatabaseProvider.Sqlite, connectionString);

    public static void Configure(DbContextOptionsBuilder db, DatabaseProvider provider, string connectionString)
    {
        if (provider == DatabaseProvider.PostgreSql)
        {
            MigrationsBesideTheApp.Resolve();
            db.UseNpgsql(connectionString, npgsql => npgsql.CommandTimeout(60).MigrationsAssembly(PostgreSqlMigrationsAssembly));
        }
        else
        {
            db.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60));
            // A table rebuild's PRAGMA foreign_keys runs outside the migration's transaction; an upgrade is backed up
            // first (BackUpBeforeUpgradeAsync) and a new database has nothing to lose, so every new install's log need
            // not open with EF Core's warning about it.
            db.ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning));
        }
        // Deleted evidence records are hidden by a query filter; their child rows are only read through the record.
        db.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
    }

    /// <summary>
    /// Creates the PostgreSQL database when it does not exist yet, for Hangfire's storage, which is set up before the
    /// migrations and waited ≈ 30 s for a database that was not there. An unreachable server is left to Hangfire's
    /// retries and to the start-up, which reports it on /healthz.
    /// </summary>
    public static void EnsurePostgreSqlDatabase(IDbContextFactory<AppDbContext> factory)
    {
        using var db = factory.CreateDbContext();
        try
        {
            CreatePostgreSqlDatabaseAsync(db, CancellationToken.None).GetAwaiter().GetResult();
        }
        catch (NpgsqlException)
        {
            // not reachable yet
        }
    }

    /// <summary>Two servers starting at once may both try: the second finds it created.</summary>
    private static async Task CreatePostgreSqlDatabaseAsync(AppDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        try
        {
            if (!await creator.ExistsAsync(ct))
            {
                await creator.CreateAsync(ct);
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // the other server created it first
        }
    }

    /// <summary>Applies the checked-in migrations; a SQLite file is switched to WAL so readers don't block the nightly job.</summary>
    /// <returns>The copy of a SQLite database made before upgrading it (<see cref="BackUpBeforeUpgradeAsync"/>), or null.</returns>
    public static async Task<string?> MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        string? backup = null;
        if (db.Database.IsNpgsql())
        {
            // On an empty database EF Core reads its history table before creating it and logs that failed read as an
            // error (npgsql/efcore.pg#3407), so a new install's log began with one: the database and the table first.
            await CreatePostgreSqlDatabaseAsync(db, ct);
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        }
        else
        {
            backup = await BackUpBeforeUpgradeAsync(db, ct);
        }
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
        }
        return backup;
    }

    /// <summary>
    /// Before a new release changes the schema of a SQLite database that is in use, a consistent copy of it is written
    /// beside it (<c>VACUUM INTO</c>), named after the last migration it had: SQLite changes a column by rebuilding its
    /// table with foreign keys off, which cannot run inside the migration's transaction, so a power cut in the middle
    /// could leave a half-changed schema, and the county's records would then be in the copy. A copy already there
    /// (from an upgrade that did not finish) is kept: it is the one from before. Nothing for a new database.
    /// </summary>
    private static async Task<string?> BackUpBeforeUpgradeAsync(AppDbContext db, CancellationToken ct)
    {
        var file = new SqliteConnectionStringBuilder(db.Database.GetConnectionString()).DataSource;
        if (string.IsNullOrEmpty(file) || file == ":memory:" || !File.Exists(file))
        {
            return null;
        }
        // One read of the history table; the migrations themselves are known to the assembly.
        var applied = (await db.Database.GetAppliedMigrationsAsync(ct)).ToList();
        if (applied.Count == 0 || !db.Database.GetMigrations().Except(applied, StringComparer.Ordinal).Any())
        {
            return null;
        }
        var last = applied[^1];
        var backup = $"{file}.before-{last}.bak";
        if (!File.Exists(backup))
        {
            await db.Database.ExecuteSqlRawAsync("VACUUM INTO {0}", [backup], ct);
        }
        return backup;
    }

    /// <summary>
    /// The PostgreSQL migrations assembly cannot be a reference of the web app (it references the web app); its build
    /// copies it beside the app, but .NET loads by name only what the app's deps.json lists, so the app itself would not
    /// find it (it failed to start on PostgreSQL). This resolves it from the app's folder. Test projects and the
    /// benchmark reference it and never ask.
    /// </summary>
    private static class MigrationsBesideTheApp
    {
        private static int s_registered;

        public static void Resolve()
        {
            if (Interlocked.Exchange(ref s_registered, 1) == 1)
            {
                return;
            }
            AssemblyLoadContext.Default.Resolving += (context, name) =>
            {
                if (name.Name != PostgreSqlMigrationsAssembly)
                {
                    return null;
                }
                var path = Path.Combine(AppContext.BaseDirectory, PostgreSqlMigrationsAssembly + ".dll");
                return File.Exists(path) ? context.LoadFromAssemblyPath(path)
                    : throw new FileNotFoundException($"PostgreSQL needs {PostgreSqlMigrationsAssembly}.dll beside the app: build src/ComplianceDashboard.Migrations.PostgreSql, which builds the app too (scripts/run.sh does), or copy the assembly beside the app.", path);
            };
        }
    }
}

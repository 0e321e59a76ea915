using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ComplianceDashboard.Web.Data;

public static class DatabaseSetup
{
    /// <summary>Registers a pooled <see cref="IDbContextFactory{AppDbContext}"/> on the SQLite file from options.</summary>
    public static IHostApplicationBuilder AddAppDatabase(this IHostApplicationBuilder builder)
    {
        builder.Services.AddPooledDbContextFactory<AppDbContext>((services, db) =>
        {
            var options = services.GetRequiredService<IOptions<AppOptions>>().Value;
            var env = services.GetRequiredService<IHostEnvironment>();
            Configure(db, ConnectionString(options, env.ContentRootPath));
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

    public static string ConnectionString(AppOptions options, string contentRoot)
    {
        var path = DatabaseFile(options, contentRoot);
        return new SqliteConnectionStringBuilder { DataSource = path, Cache = SqliteCacheMode.Private, Pooling = true }.ToString();
    }

    public static void Configure(DbContextOptionsBuilder db, string connectionString) =>
        db.UseSqlite(connectionString, sqlite => sqlite.CommandTimeout(60))
          // Deleted evidence records are hidden by a query filter; their child rows are only read through the record.
          .ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));

    /// <summary>Applies the checked-in migrations and switches the file to WAL so readers don't block the nightly job.</summary>
    public static async Task MigrateAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", ct);
    }
}

using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Hangfire.Storage.SQLite;

namespace ComplianceDashboard.Web.Grading.Jobs;

public static class JobsHostingExtensions
{
    public const string DashboardPath = "/jobs/hangfire";

    /// <summary>Hangfire with its own SQLite file beside the app database, one worker, the grading jobs.</summary>
    public static IHostApplicationBuilder AddJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        // Storage and activator are this host's own services (tests replace the storage): the server, the dashboard,
        // the client and the recurring job manager take them from DI. Nothing sets the process-wide JobStorage.Current,
        // so several hosts in one test process never share (or dispose) each other's storage.
        services.AddSingleton<JobStorage>(CreateStorage);
        services.AddSingleton<JobActivator>(sp => new Hangfire.AspNetCore.AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddHangfire((sp, config) => config
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddSingleton<JobServerName>();
        services.AddSingleton<GradingRuns>();
        services.AddSingleton<Features.Jobs.HangfireState>();
        services.AddTransient<GradingBatchJob>();
        services.AddTransient<NightlyGradingJob>();
        // A start-up step: interrupted runs are closed before the app is ready, and jobs wait for readiness.
        services.AddSingleton<Infrastructure.Startup.IStartupStep, GradingJobsStartup>();
        // One worker per server: a batch already grades on every core, and one writer keeps SQLite free of lock waits.
        // On PostgreSQL every server's worker takes batches from the shared queue. The name tells this host's server
        // from the others (GradingJobsStartup) and shows on each batch which server ran it (JobRunBatch.ExecutedBy).
        services.AddHangfireServer((sp, o) =>
        {
            o.WorkerCount = 1;
            o.ServerName = sp.GetRequiredService<JobServerName>().Name;
        });
        return builder;
    }

    public static WebApplication MapJobsDashboard(this WebApplication app)
    {
        app.MapHangfireDashboard(DashboardPath, new DashboardOptions
        {
            AppPath = "/jobs",
            DashboardTitle = "Hangfire · ComplianceDashboard",
            Authorization = [new AdminDashboardAuthorization()],
            IsReadOnlyFunc = context => !AdminDashboardAuthorization.IsAdmin(context),
            DisplayStorageConnectionString = false,
        });
        return app;
    }

    /// <summary>
    /// SQLite: its own file beside the app database. PostgreSQL: the schema "hangfire" in the app's database, shared by
    /// every server (a recurring job then runs once across servers; its distributed locks are PostgreSQL rows).
    /// </summary>
    private static JobStorage CreateStorage(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<AppOptions>>().Value;
        if (options.Database.Provider == DatabaseProvider.PostgreSql)
        {
            DatabaseSetup.EnsurePostgreSqlDatabase(sp.GetRequiredService<IDbContextFactory<AppDbContext>>());
            var poll = TimeSpan.FromSeconds(1); // default 15 s: "run now" would wait up to 15 s
            var storageOptions = new PostgreSqlStorageOptions { QueuePollInterval = poll, SchemaName = "hangfire", PrepareSchemaIfNecessary = true };
            return new PostgreSqlStorage(new NpgsqlConnectionFactory(options.Database.ConnectionString, storageOptions), storageOptions);
        }
        // The worker sleeps between empty polls of its queue, so a run's first batch waited up to a whole poll (on average
        // half): 0.2 s keeps that small beside a full recompute of seconds. An empty poll is two reads of a tiny local table.
        return new SQLiteStorage(HangfireFile(sp), new SQLiteStorageOptions { QueuePollInterval = TimeSpan.FromMilliseconds(200) });
    }

    /// <summary><c>hangfire.db</c> in the folder of App:DatabasePath (SQLite creates it on first start).</summary>
    public static string HangfireFile(IServiceProvider services)
    {
        var database = DatabaseSetup.DatabaseFile(services.GetRequiredService<IOptions<AppOptions>>().Value, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        return Path.Combine(Path.GetDirectoryName(database)!, "hangfire.db");
    }
}

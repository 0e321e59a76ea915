using System.Security.Cryptography;
using System.Text;
using Microsoft.Data.Sqlite;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// The demo county as <see cref="TestApp"/> seeds it (14 stations, fixed clock, demo users, score history), created
/// once and copied into each test app's folder instead of being generated again for every fixture
/// (docs/decisions/ADR-010-test-suite-shortcuts.md).
/// <para>
/// One template per build: its name carries the identity of the web and domain assemblies (generator, migrations,
/// scheme) and of the settings files, so a changed generator never meets an old template. Test processes running
/// at the same time (integration and component tests) share it: a lock file lets one create it while the others
/// wait for it — as long as it takes, there is no time budget.
/// </para>
/// </summary>
public static class SeededDatabase
{
    private static readonly Lazy<string> Template = new(CreateOrReuse, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string Folder => Path.Combine(Path.GetTempPath(), "cd-tests", "templates");

    /// <summary>The template file (created on first use in this process, or reused from an earlier process).</summary>
    public static string TemplatePath => Template.Value;

    /// <summary>Copies the seeded database to <paramref name="path"/> (which must not exist yet).</summary>
    public static void CopyTo(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(TemplatePath, path);
    }

    private static readonly Lazy<string> PostgreSqlTemplate = new(CreateOrReusePostgreSql, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>PostgreSQL (<see cref="TestDatabase.IsPostgreSql"/>): creates <paramref name="database"/> from the seeded template database.</summary>
    public static void CreatePostgreSqlCopy(string database) => TestDatabase.CreateFromTemplate(database, PostgreSqlTemplate.Value);

    /// <summary>The seeded template database of this build on the test server (one test process uses the server at a time).</summary>
    private static string CreateOrReusePostgreSql()
    {
        var name = "cd_seeded_" + Key();
        if (!TestDatabase.Exists(name))
        {
            var folder = Path.Combine(Folder, "build-" + Guid.NewGuid().ToString("N"));
            try
            {
                using (var app = new TemplateApp(folder, postgreSql: true))
                {
                    _ = app.Services; // starts the host and waits until the database is ready (seeded)
                }
                TestDatabase.Rename(TestDatabase.NameFor(folder), name);
            }
            finally
            {
                try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
            }
        }
        return name;
    }

    private static string CreateOrReuse()
    {
        Directory.CreateDirectory(Folder);
        var key = Key();
        var path = Path.Combine(Folder, $"demo-{key}.db");
        using (AcquireLock(Path.Combine(Folder, $"demo-{key}.lock")))
        {
            if (!File.Exists(path))
            {
                Build(path);
            }
        }
        RemoveStaleTemplates(path);
        return path;
    }

    /// <summary>Starts the app once over an empty folder (it seeds the county as on any first start), then copies the result.</summary>
    private static void Build(string path)
    {
        var folder = Path.Combine(Folder, "build-" + Guid.NewGuid().ToString("N"));
        try
        {
            using (var app = new TemplateApp(folder, postgreSql: false))
            {
                _ = app.Services; // starts the host and waits until the database is ready (seeded)
            }
            SqliteConnection.ClearAllPools();
            var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
            using (var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "test.db")};Pooling=False"))
            {
                connection.Open();
                using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $target";
                vacuum.Parameters.AddWithValue("$target", temporary);
                vacuum.ExecuteNonQuery();
            }
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    /// <summary>Waits for the lock another test process holds while it creates the same template (no time limit: it ends when that process is done or gone).</summary>
    private static FileStream AcquireLock(string lockPath)
    {
        while (true)
        {
            try
            {
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                Thread.Sleep(200);
            }
        }
    }

    private static string Key()
    {
        var text = new StringBuilder()
            .Append(typeof(Program).Assembly.ManifestModule.ModuleVersionId)
            .Append(typeof(Domain.Schemes.Scheme).Assembly.ManifestModule.ModuleVersionId)
            .Append(TestApp.FixedNow.ToUnixTimeSeconds());
        foreach (var settings in Directory.GetFiles(AppContext.BaseDirectory, "appsettings*.json").Order(StringComparer.Ordinal))
        {
            text.Append(File.ReadAllText(settings));
        }
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16].ToLowerInvariant();
    }

    /// <summary>Templates of earlier builds are removed after a day (a parallel run of another build may still use a recent one).</summary>
    private static void RemoveStaleTemplates(string current)
    {
        foreach (var old in Directory.GetFiles(Folder, "demo-*.db").Where(f => f != current && File.GetLastWriteTimeUtc(f) < DateTime.UtcNow.AddDays(-1)))
        {
            try
            {
                File.Delete(old);
                File.Delete(Path.ChangeExtension(old, ".lock"));
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>The ordinary test app over the build folder, seeding instead of copying.</summary>
    private sealed class TemplateApp(string folder, bool postgreSql) : TestApp(folder)
    {
        protected override bool UsePostgreSql => postgreSql;

        protected override bool UseSeededTemplate => false;

        // The demo users' hashes as production makes them (the sign-in hardening tests time them).
        protected override bool CheapPasswordHashing => false;

        protected override bool KeepDatabase => true;
    }
}

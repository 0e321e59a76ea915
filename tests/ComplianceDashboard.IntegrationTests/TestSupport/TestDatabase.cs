using Npgsql;

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>
/// Which database the integration tests run on: SQLite (default) or, with <c>CD_TEST_PROVIDER=PostgreSql</c>, the
/// throw-away PostgreSQL cluster scripts/test.sh starts (<c>CD_TEST_POSTGRES</c> = its connection string without a
/// database). On PostgreSQL every test app gets its own database, created from the seeded template database with
/// <c>CREATE DATABASE … TEMPLATE …</c> — the equivalent of the SQLite file copy (docs/decisions/ADR-017-postgresql-provider.md).
/// </summary>
public static class TestDatabase
{
    /// <summary>
    /// <c>[Trait(TestDatabase.ProviderTrait, TestDatabase.Neutral)]</c> on a class: what it asserts cannot differ between
    /// SQLite and PostgreSQL, so scripts/test.sh runs it on SQLite only (<c>--filter "Provider!=Neutral"</c> in the
    /// PostgreSQL run). Only for classes without a host, or whose host's database is mere backdrop (security headers,
    /// antiforgery, error pages, localisation, query-string parsing, logging, option checks); a class whose subject is
    /// data — queries, writes, counts, grading, jobs, migrations, the audit log, station scope — runs on both
    /// (docs/decisions/ADR-017-postgresql-provider.md, "Provider-neutral tests").
    /// </summary>
    public const string ProviderTrait = "Provider";

    /// <inheritdoc cref="ProviderTrait"/>
    public const string Neutral = "Neutral";

    public const string SqliteOnly = "SQLite-specific (file copy, PRAGMA, WAL, disk-full codes or the release-1 SQLite upgrade); PostgreSQL has no counterpart";

    public static bool IsPostgreSql { get; } =
        string.Equals(Environment.GetEnvironmentVariable("CD_TEST_PROVIDER"), "PostgreSql", StringComparison.OrdinalIgnoreCase);

    public static string ServerConnectionString =>
        Environment.GetEnvironmentVariable("CD_TEST_POSTGRES") is { Length: > 0 } server
            ? server
            : throw new InvalidOperationException("CD_TEST_PROVIDER=PostgreSql needs CD_TEST_POSTGRES (e.g. Host=/tmp/pg-sock;Port=5433;Username=postgres); scripts/test.sh sets both");

    /// <summary>The connection string of <paramref name="database"/> on the test server.</summary>
    public static string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(ServerConnectionString) { Database = database, MaxPoolSize = 20 }.ToString();

    /// <summary>A database name for the test folder <paramref name="folder"/> (the same folder is the same server's database).</summary>
    public static string NameFor(string folder) =>
        "cd_" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(folder)))[..24].ToLowerInvariant();

    public static bool Exists(string database) =>
        Scalar("SELECT count(*) FROM pg_database WHERE datname = @name", database) is long n && n > 0;

    /// <summary>Creates <paramref name="database"/> as a copy of <paramref name="template"/> (no one may be connected to the template).</summary>
    /// <remarks>
    /// <c>FILE_COPY</c> copies the template's files; PostgreSQL 15's default, <c>WAL_LOG</c>, reads and WAL-logs every
    /// block, about 2.5 times the server CPU per copy (≈ 0.15 against 0.06 CPU-s for the 19 MB demo county; one copy per
    /// test app). Its checkpoints cost little on the throw-away cluster (fsync off). docs/performance.md, "Fourth round".
    /// </remarks>
    public static void CreateFromTemplate(string database, string template)
    {
        Execute($"CREATE DATABASE \"{database}\" TEMPLATE \"{template}\" STRATEGY = FILE_COPY");
    }

    /// <summary>Creates an empty <paramref name="database"/>, as an administrator does before the app's first start (README, "Moving to PostgreSQL").</summary>
    public static void CreateEmpty(string database) => Execute($"CREATE DATABASE \"{database}\"");

    public static void Rename(string from, string to)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"ALTER DATABASE \"{from}\" RENAME TO \"{to}\"");
    }

    public static void Drop(string database)
    {
        NpgsqlConnection.ClearAllPools();
        Execute($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
    }

    private static void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }

    private static object? Scalar(string sql, string name)
    {
        using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("name", name);
        return command.ExecuteScalar();
    }
}

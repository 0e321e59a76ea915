using Microsoft.Data.Sqlite;

namespace ComplianceDashboard.IntegrationTests.Data;

/// <summary>
/// A database as release 1 (2026-11-22, hand-written Init migration) left it: its schema, its one row of
/// migration history, and the data copied from a database built by the current release.
/// </summary>
internal static class Release1Database
{
    public const string InitMigrationId = "20261122000000_Init";

    public static string SchemaSql => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "Release1", "schema.sql"));

    /// <summary>Creates <paramref name="target"/> with release 1's schema and copies every row of <paramref name="source"/> into it.</summary>
    public static void CreateFrom(string source, string target)
    {
        using var connection = new SqliteConnection($"Data Source={target};Pooling=False");
        connection.Open();
        Execute(connection, SchemaSql);
        Execute(connection, "CREATE TABLE \"__EFMigrationsHistory\" (\"MigrationId\" TEXT NOT NULL CONSTRAINT \"PK___EFMigrationsHistory\" PRIMARY KEY, \"ProductVersion\" TEXT NOT NULL);");
        Execute(connection, $"INSERT INTO \"__EFMigrationsHistory\" VALUES ('{InitMigrationId}', '9.0.22');");
        Execute(connection, $"ATTACH DATABASE '{source.Replace("'", "''", StringComparison.Ordinal)}' AS current;");
        Execute(connection, "PRAGMA foreign_keys = OFF;");
        foreach (var table in Tables(connection))
        {
            // Release 1's columns only: a later migration may have added columns that it did not have.
            var columns = string.Join(", ", Columns(connection, table).Select(c => $"\"{c}\""));
            Execute(connection, $"INSERT INTO main.\"{table}\" ({columns}) SELECT {columns} FROM current.\"{table}\";");
        }
        Execute(connection, "DETACH DATABASE current;");
    }

    public static Dictionary<string, long> RowCounts(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return Tables(connection).ToDictionary(t => t, t => Scalar(connection, $"SELECT COUNT(*) FROM \"{t}\""));
    }

    private static List<string> Tables(SqliteConnection connection) =>
        SchemaEqualityTests.Query(connection, "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '__EFMigrationsHistory' ORDER BY name", r => r.GetString(0));

    private static List<string> Columns(SqliteConnection connection, string table) =>
        SchemaEqualityTests.Query(connection, $"SELECT name FROM pragma_table_info('{table}')", r => r.GetString(0));

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

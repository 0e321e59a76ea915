using ComplianceDashboard.Web.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace ComplianceDashboard.IntegrationTests.Data;

/// <summary>
/// A model change needs its generated migration (what <c>dotnet ef migrations has-pending-model-changes</c> checks),
/// the migrated schema must equal the one the model creates, and the generated Init must equal release 1's hand-written schema,
/// so databases created by release 1 (which recorded Init as applied) are exactly what the later migrations expect.
/// </summary>
public class SchemaEqualityTests
{
    [Fact]
    public void The_model_has_no_change_without_its_migration()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var db = NewContext(connection);

        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes without a migration: scripts/add-migration.sh <Name> (adds it for SQLite and PostgreSQL)");
    }

    [Fact]
    public void The_model_has_no_change_without_its_PostgreSql_migration()
    {
        // Npgsql builds the model and compares it with the PostgreSQL migrations assembly's snapshot: no server needed.
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, Web.Infrastructure.DatabaseProvider.PostgreSql, "Host=localhost;Database=drift_check;Username=postgres");
        using var db = new AppDbContext(options.Options);

        Assert.Equal(DatabaseSetup.PostgreSqlMigrationsAssembly, db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Assembly.GetName().Name);
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "the model has changes without a PostgreSQL migration: scripts/add-migration.sh <Name> (or, before the first PostgreSQL release, scripts/regenerate-postgres-migrations.sh)");
    }

    [Fact]
    public void Migrated_database_has_the_same_schema_as_the_current_model()
    {
        var migrated = DescribeSchema(db => db.Database.Migrate());
        var created = DescribeSchema(db => db.Database.EnsureCreated());

        Assert.Equal(created, migrated);
    }

    [Fact]
    public void Generated_Init_migration_creates_the_schema_of_release_1()
    {
        var release1 = DescribeSchema(db => db.Database.ExecuteSqlRaw(Release1Database.SchemaSql));
        var init = DescribeSchema(db => db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().Migrate("Init"));

        Assert.Equal(release1, init);
    }

    [Fact]
    public void Every_migration_can_be_rolled_back()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using var db = NewContext(connection);
        db.Database.Migrate();
        db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrator>().Migrate("0");
        Assert.DoesNotContain(Tables(connection), t => !t.StartsWith("__EFMigrations", StringComparison.Ordinal));
    }

    internal static List<string> DescribeSchema(Action<AppDbContext> build)
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var db = NewContext(connection))
        {
            build(db);
        }
        var lines = new List<string>();
        foreach (var table in Tables(connection).Where(t => !t.StartsWith("__EFMigrations", StringComparison.Ordinal)))
        {
            lines.Add($"table {table}");
            lines.AddRange(Query(connection, $"SELECT name, type, \"notnull\", pk, dflt_value FROM pragma_table_info('{table}') ORDER BY name",
                r => $"  column {r.GetString(0)} {r.GetString(1)} notnull={r.GetInt64(2)} pk={r.GetInt64(3)} default={(r.IsDBNull(4) ? "" : r.GetString(4))}"));
            lines.AddRange(Query(connection, $"SELECT il.name, il.\"unique\", (SELECT group_concat(name, ',') FROM pragma_index_info(il.name)) FROM pragma_index_list('{table}') il ORDER BY il.name",
                r => $"  index {r.GetString(0)} unique={r.GetInt64(1)} on {(r.IsDBNull(2) ? "" : r.GetString(2))}"));
            lines.AddRange(Query(connection, $"SELECT \"table\", \"from\", \"to\", on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\", \"table\"",
                r => $"  fk {r.GetString(1)} -> {r.GetString(0)}.{r.GetString(2)} on delete {r.GetString(3)}"));
        }
        return lines;
    }

    private static List<string> Tables(SqliteConnection connection) =>
        Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name", r => r.GetString(0));

    internal static List<string> Query(SqliteConnection connection, string sql, Func<SqliteDataReader, string> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(map(reader));
        }
        return rows;
    }

    private static AppDbContext NewContext(SqliteConnection connection)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, connection.ConnectionString);
        options.UseSqlite(connection);
        return new AppDbContext(options.Options);
    }
}

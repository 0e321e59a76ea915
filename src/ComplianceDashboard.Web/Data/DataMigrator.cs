using Microsoft.EntityFrameworkCore.Metadata;

namespace ComplianceDashboard.Web.Data;

/// <summary>
/// Copies every table of a SQLite database into an empty PostgreSQL database (the <c>migrate-data</c> command,
/// docs/decisions/ADR-017-postgresql-provider.md): the target is migrated first (rows its migrations seed are replaced by the source's), tables are copied in foreign-key
/// order inside one transaction (all or nothing), keys keep their values, and the identity sequences are moved past
/// the copied keys afterwards. Hangfire's job storage is not copied: recurring jobs are registered again at start-up.
/// </summary>
public static class DataMigrator
{
    public sealed record TableCount(string Table, int Rows);

    public static async Task<IReadOnlyList<TableCount>> CopyAsync(string sqliteConnectionString, string postgreSqlConnectionString, TextWriter? progress = null, CancellationToken ct = default)
    {
        await using var source = Create(DatabaseProvider.Sqlite, sqliteConnectionString);
        await using var target = Create(DatabaseProvider.PostgreSql, postgreSqlConnectionString);
        await DatabaseSetup.MigrateAsync(source, ct); // a SQLite file of an older release is brought up to date first
        await DatabaseSetup.MigrateAsync(target, ct);
        if (await target.Users.AnyAsync(ct) || await target.Stations.AnyAsync(ct))
        {
            throw new InvalidOperationException("the PostgreSQL database already holds data: migrate-data copies into an empty database only");
        }
        target.ChangeTracker.AutoDetectChangesEnabled = false;
        var counts = new List<TableCount>();
        await using var transaction = await target.Database.BeginTransactionAsync(ct);
        var order = InDependencyOrder(target.Model);
        // Rows the migrations themselves insert (the holiday table's seed data) give way to the source's own, which an
        // administrator may have edited: the target holds no other data (checked above).
        foreach (var entityType in Enumerable.Reverse(order))
        {
#pragma warning disable EF1002 // the table name comes from the model, not from input
            await target.Database.ExecuteSqlRawAsync($"DELETE FROM \"{entityType.GetTableName()}\"", ct);
#pragma warning restore EF1002
        }
        foreach (var entityType in order)
        {
            var rows = await ReadAllAsync(source, entityType.ClrType, ct);
            foreach (var row in rows)
            {
                target.Add(row);
            }
            await target.SaveChangesAsync(ct);
            target.ChangeTracker.Clear();
            var table = entityType.GetTableName()!;
            counts.Add(new TableCount(table, rows.Count));
            if (progress is not null)
            {
                await progress.WriteLineAsync($"{table}: {rows.Count.ToString(CultureInfo.InvariantCulture)}");
            }
        }
        await ResetSequencesAsync(target, ct);
        await transaction.CommitAsync(ct);
        return counts;
    }

    public static AppDbContext Create(DatabaseProvider provider, string connectionString)
    {
        var options = new DbContextOptionsBuilder<AppDbContext>();
        DatabaseSetup.Configure(options, provider, connectionString);
        return new AppDbContext(options.Options);
    }

    /// <summary>Root entity types (one per table), principals before their dependents (self-references aside).</summary>
    public static List<IEntityType> InDependencyOrder(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => t.BaseType is null && !t.IsOwned() && t.GetTableName() is not null)
            .OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var done = new HashSet<IEntityType>();
        while (ordered.Count < types.Count)
        {
            var next = types.FirstOrDefault(t => !done.Contains(t) && t.GetForeignKeys()
                .Select(fk => fk.PrincipalEntityType.GetRootType())
                .All(p => p == t || done.Contains(p) || !types.Contains(p)))
                ?? throw new InvalidOperationException("the model's foreign keys form a cycle: no copy order");
            ordered.Add(next);
            done.Add(next);
        }
        return ordered;
    }

    private static async Task<List<object>> ReadAllAsync(AppDbContext source, Type clrType, CancellationToken ct)
    {
        var method = typeof(DataMigrator).GetMethod(nameof(ReadAllOfAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!;
        return await (Task<List<object>>)method.MakeGenericMethod(clrType).Invoke(null, [source, ct])!;
    }

    private static async Task<List<object>> ReadAllOfAsync<T>(AppDbContext source, CancellationToken ct) where T : class =>
        [.. await source.Set<T>().IgnoreQueryFilters().AsNoTracking().ToListAsync(ct)];

    /// <summary>
    /// PostgreSQL: every identity column's sequence continues after the largest key in its table (rows inserted with
    /// explicit keys — a copy, the demo county — do not move the sequence). Nothing to do on SQLite.
    /// </summary>
    public static async Task ResetSequencesAsync(AppDbContext target, CancellationToken ct = default)
    {
        if (!target.Database.IsNpgsql())
        {
            return;
        }
        foreach (var entityType in InDependencyOrder(target.Model))
        {
            var table = entityType.GetTableName()!;
            var identifier = StoreObjectIdentifier.Table(table, entityType.GetSchema());
            foreach (var key in entityType.FindPrimaryKey()!.Properties.Where(p => p.ValueGenerated == ValueGenerated.OnAdd && (p.ClrType == typeof(int) || p.ClrType == typeof(long))))
            {
                var column = key.GetColumnName(identifier)!;
#pragma warning disable EF1002 // table and column names come from the model, not from input
                await target.Database.ExecuteSqlRawAsync(
                    $"SELECT setval(pg_get_serial_sequence('\"{table}\"', '{column}'), COALESCE((SELECT MAX(\"{column}\") FROM \"{table}\"), 0) + 1, false) WHERE pg_get_serial_sequence('\"{table}\"', '{column}') IS NOT NULL", ct);
#pragma warning restore EF1002
            }
        }
    }
}

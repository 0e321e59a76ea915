namespace ComplianceDashboard.Web.Data;

/// <summary>
/// A unique index or primary key refused a row (SQLite: SQLITE_CONSTRAINT_UNIQUE or _PRIMARYKEY; PostgreSQL: 23505
/// unique_violation). A service that checks before it inserts still meets this when two saves of the same key run at
/// once; it answers the second with a message instead of letting the exception end the user's circuit.
/// </summary>
public static class UniqueViolation
{
    public const int SqliteUnique = 2067;
    public const int SqlitePrimaryKey = 1555;

    public static bool Is(DbUpdateException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return exception.InnerException switch
        {
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
            Npgsql.PostgresException postgres => postgres.SqlState == Npgsql.PostgresErrorCodes.UniqueViolation,
            _ => false,
        };
    }
}

namespace ComplianceDashboard.IntegrationTests.TestSupport;

/// <summary>A test of SQLite itself (file copy, WAL, disk-full codes, the release-1 upgrade): skipped in the PostgreSQL run.</summary>
public sealed class SqliteOnlyFactAttribute : FactAttribute
{
    public SqliteOnlyFactAttribute()
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = TestDatabase.SqliteOnly;
        }
    }
}

/// <summary>The theory counterpart of <see cref="SqliteOnlyFactAttribute"/>.</summary>
public sealed class SqliteOnlyTheoryAttribute : TheoryAttribute
{
    public SqliteOnlyTheoryAttribute()
    {
        if (TestDatabase.IsPostgreSql)
        {
            Skip = TestDatabase.SqliteOnly;
        }
    }
}

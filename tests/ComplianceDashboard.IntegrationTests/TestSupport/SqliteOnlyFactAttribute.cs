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

using Microsoft.Data.Sqlite;

namespace ComplianceDashboard.Web.Data;

/// <summary>
/// Recognises "the database file cannot be written" among the exceptions EF Core and SQLite throw: disk full
/// (SQLITE_FULL 13), I/O error (SQLITE_IOERR 10), read-only file (SQLITE_READONLY 8), file cannot be opened
/// (SQLITE_CANTOPEN 14). EF wraps SaveChanges errors in a DbUpdateException, so inner exceptions are searched.
/// On a full disk SQLite fails the COMMIT (the WAL cannot grow) and rolls the transaction back itself; nothing of
/// it is stored, so the caller may keep the user's input and let them retry.
/// </summary>
public static class DatabaseWriteFailure
{
    public const int ReadOnly = 8;
    public const int IoError = 10;
    public const int Full = 13;
    public const int CantOpen = 14;

    /// <summary>The SQLite storage error behind <paramref name="exception"/>, or null when it is something else.</summary>
    public static SqliteException? Find(Exception? exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is SqliteException { SqliteErrorCode: ReadOnly or IoError or Full or CantOpen } sqlite)
            {
                return sqlite;
            }
        }
        return null;
    }

    public static bool IsDiskFull(SqliteException exception) => exception.SqliteErrorCode == Full;
}

/// <summary>A write the database refused (see <see cref="DatabaseWriteFailure"/>); the message is Chinese, for the user.</summary>
public sealed class DatabaseWriteException : Exception
{
    public DatabaseWriteException(string message, SqliteException inner) : base(message, inner)
    {
        SqliteErrorCode = inner.SqliteErrorCode;
    }

    public int SqliteErrorCode { get; }

    public bool DiskFull => SqliteErrorCode == DatabaseWriteFailure.Full;
}

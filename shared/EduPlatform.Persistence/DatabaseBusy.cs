using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace EduPlatform.Persistence;

/// <summary>Whether a database error means "busy, nothing written, try again" rather than a fault.</summary>
public static class DatabaseBusy
{
    /// <summary>
    /// SQL Server marks its lock timeouts and deadlocks transient; Microsoft.Data.Sqlite does not mark SQLITE_BUSY (5) or
    /// SQLITE_LOCKED (6) so (checked: <c>IsTransient</c> is false for both), though they mean the same.
    /// </summary>
    public static bool Is(Exception exception) => exception switch
    {
        SqliteException { SqliteErrorCode: 5 or 6 } => true,
        DbException { IsTransient: true } => true,
        _ => false,
    };
}

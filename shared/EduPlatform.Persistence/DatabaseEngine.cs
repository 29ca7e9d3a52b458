namespace EduPlatform.Persistence;

public enum DatabaseEngine
{
    /// <summary>The embedded default: one file per service, no server.</summary>
    Sqlite,
    /// <summary>The production engine: one database per service.</summary>
    SqlServer,
}

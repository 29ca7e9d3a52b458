using EduPlatform.Persistence;

namespace EduPlatform.Rotation.Data;

/// <summary>The rotation service's own database (ConnectionStrings:rotationdb, or data/rotation.db).</summary>
public sealed class RotationDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

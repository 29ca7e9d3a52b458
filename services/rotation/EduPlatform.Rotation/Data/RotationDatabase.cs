using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;

namespace EduPlatform.Rotation.Data;

/// <summary>The rotation service's own database (ConnectionStrings:rotationdb, or data/rotation.db).</summary>
[SharedSchema(OrganizationCopySchema.Source, typeof(OrganizationCopySchema))]
public sealed class RotationDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

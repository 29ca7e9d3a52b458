using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;

namespace EduPlatform.Zoning.Data;

/// <summary>The zoning service's own database (ConnectionStrings:zoningdb, or data/zoning.db).</summary>
[SharedSchema(OrganizationCopySchema.Source, typeof(OrganizationCopySchema))]
public sealed class ZoningDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

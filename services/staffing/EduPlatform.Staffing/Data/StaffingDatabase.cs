using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;

namespace EduPlatform.Staffing.Data;

/// <summary>The staffing service's own database (ConnectionStrings:staffingdb, or data/staffing.db).</summary>
[SharedSchema(OrganizationCopySchema.Source, typeof(OrganizationCopySchema))]
public sealed class StaffingDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

using EduPlatform.Persistence;

namespace EduPlatform.Staffing.Data;

/// <summary>The staffing service's own database (ConnectionStrings:staffingdb, or data/staffing.db).</summary>
public sealed class StaffingDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

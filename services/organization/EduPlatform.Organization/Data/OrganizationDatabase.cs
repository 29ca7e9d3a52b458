using EduPlatform.Persistence;

namespace EduPlatform.Organization.Data;

/// <summary>The organization service's own database (ConnectionStrings:organizationdb, or data/organization.db).</summary>
public sealed class OrganizationDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings);

namespace EduPlatform.OrganizationCopy;

/// <summary>
/// The organization copy's tables are this project's own migrations (<c>Migrations/{sqlite,sqlserver}</c>), applied in
/// every database that keeps the copy: <c>[SharedSchema(OrganizationCopySchema.Source, typeof(OrganizationCopySchema))]</c>
/// on the service's database type. Each step adopts what an older service migration already created.
/// </summary>
public static class OrganizationCopySchema
{
    public const string Source = "organization-copy";
}

using EduPlatform.Messaging;
using EduPlatform.Persistence;
using Microsoft.Extensions.Hosting;

namespace EduPlatform.OrganizationCopy;

/// <summary>
/// Subscribes a service to the organization service's events so it keeps its own copy of county names, schools, terms and alliances.
/// The service's migrations create the known_* tables (same columns in every service; see KnownOrganization).
/// </summary>
public static class OrganizationCopyRegistration
{
    public static IHostApplicationBuilder AddOrganizationCopy<TDatabase>(this IHostApplicationBuilder builder, string serviceName)
        where TDatabase : ServiceDatabase
    {
        builder.AddServiceConsumer<CountyNamedCopy<TDatabase>>(serviceName);
        builder.AddServiceConsumer<SchoolRegisteredCopy<TDatabase>>(serviceName);
        builder.AddServiceConsumer<SchoolUpdatedCopy<TDatabase>>(serviceName);
        builder.AddServiceConsumer<TermStatisticsReportedCopy<TDatabase>>(serviceName);
        builder.AddServiceConsumer<AllianceFormedCopy<TDatabase>>(serviceName);
        builder.AddServiceConsumer<AllianceMembershipChangedCopy<TDatabase>>(serviceName);
        builder.AddServiceConsumer<AllianceDissolvedCopy<TDatabase>>(serviceName);
        return builder;
    }
}

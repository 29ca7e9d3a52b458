using System.Reflection;
using EduPlatform.Contracts.Organization;

namespace EduPlatform.Messaging;

/// <summary>The events each service publishes: the records of <c>EduPlatform.Contracts.{Service}</c> that carry an EventId.</summary>
public static class EventContracts
{
    static readonly Type[] All = typeof(SchoolRegistered).Assembly.GetExportedTypes()
        .Where(t => t.IsClass && t.Namespace?.StartsWith("EduPlatform.Contracts.", StringComparison.Ordinal) == true
            && t.GetProperty("EventId", BindingFlags.Public | BindingFlags.Instance)?.PropertyType == typeof(Guid))
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .ToArray();

    public static IReadOnlyList<Type> Types => All;

    /// <summary>Full type names of the events a service ("organization") publishes.</summary>
    public static IReadOnlyList<string> Of(string service) =>
        All.Where(t => string.Equals(t.Namespace, "EduPlatform.Contracts." + service, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.FullName!).ToList();
}

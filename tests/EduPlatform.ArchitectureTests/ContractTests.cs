using System.Reflection;
using System.Runtime.CompilerServices;
using EduPlatform.Contracts.Organization;

namespace EduPlatform.ArchitectureTests;

public sealed class ContractTests
{
    static readonly Type[] ContractTypes = typeof(AllianceFormed).Assembly.GetExportedTypes();

    /// <summary>Integration events: the contract types that carry an EventId.</summary>
    public static readonly IEnumerable<TheoryDataRow<Type>> Events =
        ContractTypes.Where(t => t.GetProperty("EventId") is not null).Select(t => new TheoryDataRow<Type>(t)).ToList();

    [Fact]
    public void Every_organization_event_the_issue_names_exists()
    {
        string[] expected = ["CountyNamed", "SchoolRegistered", "SchoolUpdated", "TermStatisticsReported", "AllianceFormed", "AllianceMembershipChanged", "AllianceDissolved", "LegalPersonRemoved"];
        var names = ContractTypes.Where(t => t.Namespace == "EduPlatform.Contracts.Organization").Select(t => t.Name).ToHashSet();
        Assert.All(expected, e => Assert.Contains(e, names));
    }

    [Fact]
    public void Every_contract_type_is_a_sealed_record_with_init_only_properties_and_no_base_class()
    {
        foreach (var type in ContractTypes)
        {
            Assert.True(type.IsSealed, $"{type.Name} is sealed");
            Assert.Equal(typeof(object), type.BaseType);
            Assert.NotNull(type.GetMethod("<Clone>$"));
            Assert.StartsWith("EduPlatform.Contracts.", type.Namespace);
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.Name != "EqualityContract"))
            {
                var setter = property.SetMethod;
                Assert.True(setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)),
                    $"{type.Name}.{property.Name} is init-only");
            }

            var behaviour = type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => !m.IsSpecialName && m.Name is not ("ToString" or "Equals" or "GetHashCode" or "<Clone>$" or "Deconstruct" or "PrintMembers"));
            Assert.Empty(behaviour);
        }
    }

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_event_carries_its_id_county_and_time_and_has_a_past_tense_name(Type type)
    {
        Assert.Equal(typeof(Guid), type.GetProperty("EventId")!.PropertyType);
        Assert.Equal(typeof(string), type.GetProperty("CountyCode")?.PropertyType);
        Assert.Equal(typeof(DateTimeOffset), type.GetProperty("OccurredAt")?.PropertyType);
        Assert.True(new[] { "ed", "Found", "Left" }.Any(ending => type.Name.EndsWith(ending, StringComparison.Ordinal)),
            $"{type.Name} is a fact in the past tense");
        foreach (var name in new[] { "EventId", "CountyCode", "OccurredAt" })
        {
            Assert.NotNull(type.GetProperty(name)!.GetCustomAttribute<RequiredMemberAttribute>());
        }
    }

    [Fact]
    public void Non_event_contract_types_are_only_parts_of_events()
    {
        var parts = ContractTypes.Where(t => t.GetProperty("EventId") is null).ToList();
        var used = ContractTypes.SelectMany(t => t.GetProperties()).Select(p => p.PropertyType)
            .SelectMany(t => t.IsGenericType ? t.GetGenericArguments() : [t]).ToHashSet();
        Assert.All(parts, p => Assert.Contains(p, used));
    }
}

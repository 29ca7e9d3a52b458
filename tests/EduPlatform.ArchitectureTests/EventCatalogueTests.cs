using System.Text.Json;
using EduPlatform.Contracts.Organization;

namespace EduPlatform.ArchitectureTests;

/// <summary>docs/events.md is what outside systems build against: every contract and every field must be in it.</summary>
public sealed class EventCatalogueTests
{
    static readonly string Catalogue = File.ReadAllText(Path.Combine(Repo.Root, "docs", "events.md"));

    public static readonly IEnumerable<TheoryDataRow<Type>> Events = ContractTests.Events;

    [Theory]
    [MemberData(nameof(Events))]
    public void Every_event_has_a_section_listing_each_field(Type type)
    {
        var heading = $"### {type.Name}\n";
        Assert.Contains(heading, Catalogue);
        var start = Catalogue.IndexOf(heading, StringComparison.Ordinal);
        var next = Catalogue.IndexOf("\n### ", start + heading.Length, StringComparison.Ordinal);
        var section = next < 0 ? Catalogue[start..] : Catalogue[start..next];
        Assert.Contains($"`{type.Namespace}`", Catalogue);

        foreach (var property in type.GetProperties().Where(p => p.Name != "EqualityContract"))
        {
            var field = JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            Assert.True(section.Contains($"`{field}`", StringComparison.Ordinal), $"docs/events.md: {type.Name} does not list `{field}`");
        }
    }

    [Fact]
    public void The_catalogue_names_no_event_that_does_not_exist()
    {
        var known = typeof(AllianceFormed).Assembly.GetExportedTypes().Select(t => t.Name).ToHashSet();
        var documented = Catalogue.Split('\n').Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l[4..].Trim());
        Assert.All(documented, d => Assert.Contains(d, known));
    }
}

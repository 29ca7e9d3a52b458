using EduPlatform.Rotation.Demo;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Benchmarks;

/// <summary>Counties and provinces of a given size: alliances of one urban core and four rural members, staff from SyntheticRoster.</summary>
sealed class SyntheticWorld
{
    public required IReadOnlyDictionary<Guid, SchoolFacts> Schools { get; init; }
    public required IReadOnlyList<AllianceFacts> Alliances { get; init; }
    public required IReadOnlyList<Person> People { get; init; }

    public static readonly DateOnly On = Rotation.Domain.Eligibility.ReferenceDate(2025);

    /// <summary>About <paramref name="people"/> staff in <paramref name="alliances"/> alliances (half primary, half junior).</summary>
    public static SyntheticWorld Build(int alliances, int people, string kind, int seed = 1)
    {
        var perAlliance = people / alliances;
        var roster = new List<RosterSchool>();
        var facts = new Dictionary<Guid, SchoolFacts>();
        var allianceFacts = new List<AllianceFacts>();
        for (var a = 0; a < alliances; a++)
        {
            var stage = a % 2 == 0 ? "primary" : "junior";
            var pupilsPerStaff = stage == "primary" ? 19 : 13.5;
            var campuses = new List<Guid>();
            for (var m = 0; m < 5; m++)
            {
                var id = Guid.NewGuid();
                var core = m == 0;
                // The core holds half the alliance's staff; each of the four members an eighth.
                var staff = core ? perAlliance / 2 : perAlliance / 8;
                roster.Add(new RosterSchool(id, $"{a:D4}{m}", stage, core ? "urban" : "rural", (int)(staff * pupilsPerStaff), core));
                facts[id] = new SchoolFacts(id, $"学校{a:D4}-{m}", stage, core ? "urban" : "rural", core);
                campuses.Add(id);
            }

            allianceFacts.Add(new AllianceFacts(Guid.NewGuid(), $"教联体{a:D4}", kind, campuses[0], campuses));
        }

        return new SyntheticWorld
        {
            Schools = facts, Alliances = allianceFacts, People = SyntheticRoster.Generate("421125", roster, seed, On),
        };
    }

    public IReadOnlyList<EligibilityDecision> Decide(RotationPolicy policy) =>
        People.Select(p => Rotation.Domain.Eligibility.Decide(p, 2025, policy, Schools)).ToList();

    public PlanOutcome Plan(RotationPolicy policy)
    {
        var candidates = People.Select(p => new PlanCandidate(p, Rotation.Domain.Eligibility.Decide(p, 2025, policy, Schools))).ToList();
        return RotationPlanner.Plan(new PlanRequest(2025, policy, Schools, PlanGroups.From(Alliances, Schools, policy), candidates, []));
    }
}

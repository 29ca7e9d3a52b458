using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Tests.Domain;

/// <summary>A county for the planner tests: schools, alliances, people and needs, planned for school year 2025.</summary>
sealed class PlanCounty(RotationPolicy policy)
{
    public const int Year = 2025;
    public readonly Dictionary<Guid, SchoolFacts> Schools = [];
    public readonly List<AllianceFacts> Alliances = [];
    public readonly List<Person> People = [];
    public readonly List<CampusNeed> Needs = [];
    int _sequence;

    public Guid School(string name, string stage = "primary", string locality = "rural")
    {
        var id = Guid.NewGuid();
        Schools[id] = new SchoolFacts(id, name, stage, locality, false);
        return id;
    }

    public void Alliance(string kind, Guid core, params Guid[] members)
    {
        Schools[core] = Schools[core] with { IsCore = true };
        Alliances.Add(new AllianceFacts(Guid.NewGuid(), Schools[core].Name + "教联体", kind, core, [core, .. members]));
    }

    /// <summary>A person at a school since 1 September of a year (2019 or earlier is due under the 6-year rule in 2025).</summary>
    public Person Add(Guid school, PersonRole role = PersonRole.Teacher, Subject subject = Subject.Chinese, bool backbone = false,
        GradeBand? band = null, string stage = "primary", int since = 2010, Guid[]? wishes = null, Gender gender = Gender.Female, DateOnly? born = null)
    {
        _sequence++;
        var birth = born ?? new DateOnly(1985, 1, 1).AddDays(_sequence);
        var person = new Person
        {
            Id = Guid.NewGuid(), CountyCode = "411303", Name = $"教师{_sequence:D3}", IdNumber = Domain.People.IdFor(birth, gender, _sequence % 100),
            Gender = gender, BirthDate = birth, Role = role, Stage = stage, Subjects = [subject], GradeBand = band,
            Backbone = backbone ? BackboneLevel.County : BackboneLevel.None, HiredOn = new DateOnly(since, 9, 1),
            InPostSince = role is PersonRole.Principal or PersonRole.VicePrincipal ? new DateOnly(since, 9, 1) : null,
            CurrentSchoolId = school, History = [new SchoolStint(school, new DateOnly(since, 9, 1), null)], Wishes = wishes ?? [],
        };
        People.Add(person);
        return person;
    }

    public void AddMany(int count, Guid school, Subject subject = Subject.Chinese, bool backbone = false, int since = 2010, string stage = "primary")
    {
        for (var i = 0; i < count; i++)
        {
            Add(school, subject: subject, backbone: backbone, since: since, stage: stage);
        }
    }

    public Person Person(Guid id) => People.Single(p => p.Id == id);

    public PlanRequest Request(IReadOnlyList<PlannedMove>? pinned = null) => new(Year, policy, Schools, PlanGroups.From(Alliances, Schools, policy),
        People.Select(x => new PlanCandidate(x, Eligibility.Decide(x, Year, policy, Schools))).ToList(), Needs, pinned);

    public PlanOutcome Plan(IReadOnlyList<PlannedMove>? pinned = null) => RotationPlanner.Plan(Request(pinned));
}

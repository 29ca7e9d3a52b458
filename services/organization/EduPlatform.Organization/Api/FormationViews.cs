using EduPlatform.Kernel;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;
using EduPlatform.Organization.Planning;

namespace EduPlatform.Organization.Api;

public sealed record ProposedMemberView(Guid SchoolId, string Code, string Name, Locality Locality, string Township, int Students,
    bool IsWeak, bool IsNew, double DistanceKm, string Why);

public sealed record ProposedAllianceView(string Name, Guid CoreSchoolId, string CoreCode, string CoreName, string CoreTownship, int CoreStudents,
    int Students, int WeakOrNewMembers, double NearestKm, double FarthestKm, string WhyCore, string Balance, IReadOnlyList<ProposedMemberView> Members);

public sealed record UnplacedSchoolView(Guid SchoolId, string Code, string Name, string Reason, string Explanation);

/// <summary>
/// A formation proposal: the alliances with why each core and member, what could not be placed, the solver's status with
/// the cost in km-equivalents (<see cref="FormationSolver"/>) and its gap to the proven bound, and the grouping to send back
/// to <c>check</c> or <c>accept</c> once edited.
/// </summary>
public sealed record FormationProposalView(
    Stage Stage, AllianceKind Kind, double TravelLimitKm, int Considered, int AlreadyAllied, string Status, string Summary,
    double? CostKm, double? BoundKm, double? Gap, long ElapsedMs, IReadOnlyList<ProposedAllianceView> Alliances,
    IReadOnlyList<UnplacedSchoolView> Unplaced, IReadOnlyList<string> Infeasibility, IReadOnlyList<GroupedAlliance> Grouping)
{
    /// <summary>Units of the solver's cost per km of travel (it counts 0.1 km as <see cref="FormationSolver.StudentsPerKm"/>).</summary>
    const double PerKm = 10.0 * FormationSolver.StudentsPerKm;

    public static FormationProposalView From(FormationProposal p)
    {
        var r = p.Result;
        var mean = r.Alliances.Count == 0 ? 0 : r.Alliances.Average(a => a.Students);
        var alliances = r.Alliances.Select(a => new ProposedAllianceView(Names.Of(a), a.CoreSchoolId, a.CoreCode, a.CoreName, a.CoreTownship,
            a.CoreStudents, a.Students, a.WeakOrNewMembers, a.NearestKm, a.FarthestKm,
            FormationExplanations.WhyCore(a, p.Kind), FormationExplanations.Balance(a, mean),
            a.Members.Select(m => new ProposedMemberView(m.SchoolId, m.Code, m.Name, m.Locality, m.Township, m.Students, m.IsWeak, m.IsNew,
                m.DistanceKm, FormationExplanations.WhyMember(m, p.TravelLimitKm))).ToList())).ToList();
        return new FormationProposalView(p.Request.Stage, p.Kind, p.TravelLimitKm, p.Considered, p.AlreadyAllied, WireEnum.Text(r.Status),
            FormationExplanations.Summary(p), r.Objective / PerKm, r.Bound / PerKm, r.Gap, (long)r.Elapsed.TotalMilliseconds, alliances,
            r.Unplaced.Select(u => new UnplacedSchoolView(u.SchoolId, u.Code, u.Name, u.Reason, u.Explanation)).ToList(),
            r.Infeasibility.Select(w => (string)w).ToList(),
            alliances.Select(a => new GroupedAlliance(a.Name, a.CoreSchoolId, a.Members.Select(m => m.SchoolId).ToList())).ToList());
    }

    static class Names
    {
        /// <summary>The demo's and Xishui's naming: the core school's name and 教联体.</summary>
        public static string Of(ProposedAlliance a) => a.CoreName + "教联体";
    }
}

public sealed record DistrictView(Guid HeadSchoolId, string HeadName, string HeadTownship, IReadOnlyList<string> Townships, int Schools, int Students,
    int WeakOrNew, double FarthestKm, string Explanation);

/// <summary>A district partition: each district with its head, townships, size and strength, and the township borders used.</summary>
public sealed record DistrictProposalView(Stage Stage, int Districts, int MinTownships, int MaxTownships, string Source, int Schools, string Status,
    string Summary, double? Gap, long ElapsedMs, IReadOnlyList<DistrictView> Items, IReadOnlyList<string> Problems,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Borders)
{
    public static DistrictProposalView From(DistrictProposal p)
    {
        var r = p.Result;
        var mean = r.Districts.Count == 0 ? 0 : r.Districts.Average(d => d.Students);
        return new DistrictProposalView(p.Request.Stage, p.Request.Districts, p.MinTownships, p.MaxTownships, p.Source, p.Schools,
            WireEnum.Text(r.Status), FormationExplanations.DistrictSummary(p), r.Gap, (long)r.Elapsed.TotalMilliseconds,
            r.Districts.Select(d => new DistrictView(d.HeadSchoolId, d.HeadName, d.HeadTownship, d.Townships, d.Schools, d.Students, d.WeakOrNew,
                d.FarthestKm, FormationExplanations.District(d, mean))).ToList(),
            r.Problems.Select(w => (string)w).ToList(),
            r.Borders.ToDictionary(b => b.Key, b => (IReadOnlyList<string>)b.Value.Order(StringComparer.Ordinal).ToList()));
    }
}

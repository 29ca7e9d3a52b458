using EduPlatform.Kernel;
using EduPlatform.Organization.Application;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization.Planning;

/// <summary>Why each core and member is where the proposal put it, in the reader's language.</summary>
public static class FormationExplanations
{
    public static Words WhyCore(ProposedAlliance a, AllianceKind kind) =>
        new($"{a.CoreName}（{a.CoreTownship}，在校生 {a.CoreStudents:N0} 人）为公办学校，未被认定为薄弱或新建，具备“{AllianceKinds.ChineseName(kind)}”核心校条件；"
            + $"在距离上限内带 {a.Members.Count} 所成员校的总路程最短、规模最均衡。",
            $"{a.CoreName} ({a.CoreTownship}, {a.CoreStudents:N0} students) is public and not designated weak or new, so it may lead; "
            + $"its {a.Members.Count} members are the grouping with the least travel and the most even sizes.");

    public static Words WhyMember(ProposedMember m, double limitKm)
    {
        var standing = m.IsWeak ? "，薄弱学校" : m.IsNew ? "，新建学校" : "";
        var standingEn = m.IsWeak ? ", designated weak" : m.IsNew ? ", designated new" : "";
        var reach = m.DistanceKm <= limitKm / 3 ? ("近", "near") : m.DistanceKm <= limitKm * 2 / 3 ? ("中", "middle") : ("远", "far");
        return new($"{m.Name}：{Locality(m.Locality).Zh}学校{standing}，在校生 {m.Students:N0} 人，距核心校 {m.DistanceKm:0.0} 公里（{reach.Item1}）。",
            $"{m.Name}: {Locality(m.Locality).En} school{standingEn}, {m.Students:N0} students, {m.DistanceKm:0.0} km from the core ({reach.Item2}).");
    }

    public static Words Balance(ProposedAlliance a, double meanStudents)
    {
        var share = meanStudents == 0 ? 100 : a.Students * 100 / meanStudents;
        return new($"合计 {a.Students:N0} 人，为各教联体平均的 {share:0}%；成员校最近 {a.NearestKm:0.0} 公里、最远 {a.FarthestKm:0.0} 公里（远近搭配）；薄弱或新建成员校 {a.WeakOrNewMembers} 所。",
            $"{a.Students:N0} students, {share:0}% of the average alliance; members {a.NearestKm:0.0}–{a.FarthestKm:0.0} km away; {a.WeakOrNewMembers} weak or new member(s).");
    }

    public static Words Summary(FormationProposal p)
    {
        var r = p.Result;
        var placed = r.Alliances.Sum(a => a.Members.Count + 1);
        var status = r.Status switch
        {
            SolveStatus.Optimal => ("已证明最优", "proven optimal"),
            SolveStatus.Feasible => ($"可行解，与下界相差 {r.Gap * 100:0.#}%", $"feasible, {r.Gap * 100:0.#}% from the bound"),
            SolveStatus.Infeasible => ("无可行编组", "no grouping exists"),
            _ => ("限时内未找到编组", "none found in time"),
        };
        return new($"{p.Considered} 所未结盟学校中，{placed} 所编为 {r.Alliances.Count} 个教联体，{r.Unplaced.Count} 所未编入；{status.Item1}；用时 {r.Elapsed.TotalSeconds:0.00} 秒。",
            $"Of {p.Considered} schools not yet allied, {placed} form {r.Alliances.Count} alliances and {r.Unplaced.Count} stay out; {status.Item2}; {r.Elapsed.TotalSeconds:0.00} s.");
    }

    public static Words District(DistrictPlanner.District d, double meanStudents) =>
        new($"学区长学校{d.HeadName}（{d.HeadTownship}）；辖 {d.Townships.Count} 个乡镇：{string.Join("、", d.Townships)}；{d.Schools} 所学校、{d.Students:N0} 名学生，"
            + $"为各学区平均的 {(meanStudents == 0 ? 100 : d.Students * 100 / meanStudents):0}%；薄弱或新建学校 {d.WeakOrNew} 所；最远学校距学区长学校 {d.FarthestKm:0.0} 公里。",
            $"Head {d.HeadName} ({d.HeadTownship}); {d.Townships.Count} townships: {string.Join(", ", d.Townships)}; {d.Schools} schools, {d.Students:N0} students, "
            + $"{(meanStudents == 0 ? 100 : d.Students * 100 / meanStudents):0}% of the average; {d.WeakOrNew} weak or new; farthest school {d.FarthestKm:0.0} km from the head.");

    public static Words DistrictSummary(DistrictProposal p)
    {
        var r = p.Result;
        return r.Districts.Count == 0
            ? new($"未能划分学区：{string.Join("；", r.Problems.Select(w => w.Zh))}", $"No partition: {string.Join("; ", r.Problems.Select(w => w.En))}")
            : new($"{p.Schools} 所学校按整乡镇划为 {r.Districts.Count} 个学区（每区 {p.MinTownships}–{p.MaxTownships} 个乡镇，{p.Source}）；"
                + $"{(r.Status == SolveStatus.Optimal ? "已证明最优" : $"与下界相差 {r.Gap * 100:0.#}%")}；用时 {r.Elapsed.TotalSeconds:0.00} 秒。",
                $"{p.Schools} schools in {r.Districts.Count} districts of whole townships ({p.MinTownships}–{p.MaxTownships} each); "
                + $"{(r.Status == SolveStatus.Optimal ? "proven optimal" : $"{r.Gap * 100:0.#}% from the bound")}; {r.Elapsed.TotalSeconds:0.00} s.");
    }

    static Words Locality(Locality locality) => Texts.Locality(locality);
}

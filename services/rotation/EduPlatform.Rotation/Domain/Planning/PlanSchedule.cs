using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain.Planning;

/// <summary>When a plan's moves happen and when its cadre nominations must reach the bureau.</summary>
public sealed record PlanSchedule(DateOnly InPlaceBy, DateOnly? CadreNominationsFrom, DateOnly? CadreNominationsTo, int CadreMoves)
{
    const string Source = "[001] 校长、教师交流轮岗原则上在每年暑假期间进行，交流人员每年秋期开学前安排到位; 选派的人员应于当年7月25日-8月5日间报区教体局";

    /// <summary>Moves happen in the summer holiday, everyone in place by 1 September; cadre nominations in the policy's window, if it has one.</summary>
    public static PlanSchedule Of(int schoolYear, RotationPolicy policy, IEnumerable<PlannedMove> moves, Func<Guid, PersonRole> roleOf)
    {
        var cadres = moves.Count(m => m.InReturnFor is null && roleOf(m.PersonId) != PersonRole.Teacher);
        var window = policy.CadreNominationWindow;
        return new PlanSchedule(Eligibility.ReferenceDate(schoolYear), window?.From(schoolYear), window?.To(schoolYear), cadres);
    }

    /// <summary>A plan with cadre moves goes to the bureau inside the nomination window (the bureau then examines the nominees).</summary>
    public RuleViolation? CheckNomination(DateOnly today) =>
        CadreMoves > 0 && CadreNominationsFrom is { } from && CadreNominationsTo is { } to && (today < from || today > to)
            ? new RuleViolation("rotation.plan.cadre-window",
                Texts.CadreWindow(CadreMoves, from, to, today), Source)
            : null;
}

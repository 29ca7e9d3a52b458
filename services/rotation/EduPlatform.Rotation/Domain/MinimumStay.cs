using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain;

public sealed record StayRule(int Years, bool MayBeItinerant, string Source);

/// <summary>The least time a rotated person stays at the receiving campus (domain.md §3 minimum stay).</summary>
public static class MinimumStay
{
    public static StayRule YearsFor(Person p, MinimumStayRules rules)
    {
        if (p.Role != PersonRole.Teacher)
        {
            return new StayRule(rules.CadreYears, false, "[001] 正、副校长及中层干部交流轮岗的期限原则上不低于3年");
        }

        var scarce = p.Subjects.Count > 0 && p.Subjects.All(Subjects.Scarce.Contains);
        var bySubject = p.Subjects
            .Select(s => rules.ByStageSubject.TryGetValue($"{p.Stage}:{WireEnum.Text(s)}", out var y) ? y : (int?)null)
            .Where(y => y is not null).Select(y => y!.Value).DefaultIfEmpty(0).Max();
        var byStage = rules.ByStage.GetValueOrDefault(p.Stage);
        var years = Math.Max(rules.TeacherYears, Math.Max(bySubject, byStage));
        var source = bySubject > 0 || byStage > 0
            ? "[003] 幼儿园、小学…至少工作3年；初中语数英史思政3年；初中物化地生2年"
            : "[001] 教师交流轮岗的期限原则上不低于1年";
        return new StayRule(years, rules.ScarceSubjectsItinerant && scarce, scarce && rules.ScarceSubjectsItinerant ? $"{source}; {rules.ItinerantSource}" : source);
    }
}

/// <summary>How long a rotation lasts: the exchange term, never below the minimum stay, or the minimum stay itself (<see cref="TermBasis"/>).</summary>
public static class RotationTerm
{
    public static StayRule For(Person p, RotationPolicy policy)
    {
        var stay = MinimumStay.YearsFor(p, policy.MinimumStay);
        return policy.TermBasis == TermBasis.MinimumStay || stay.Years >= policy.ExchangeYears
            ? stay
            : stay with { Years = policy.ExchangeYears, Source = $"{stay.Source}; {Texts.TypicalTermSource}" };
    }
}

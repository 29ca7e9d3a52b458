using EduPlatform.Kernel;

namespace EduPlatform.Rotation.Domain;

/// <summary>"senior-title" (申报高级职称), "principal-grade" (晋升一级、二级校长职级), "principal-preferred" (选任校长的优先条件).</summary>
public enum CareerStep { SeniorTitle, PrincipalGrade, PrincipalPreferred }

/// <summary>A period that may count: service at a rural or weak school, or on rotation.</summary>
public sealed record ServicePeriod(Guid SchoolId, string SchoolName, DateOnly From, DateOnly To, string Kind);

public sealed record CareerAnswer(CareerStep Step, bool Allowed, string Rule, string Source, int RequiredYears, int CountedYears,
    IReadOnlyList<ServicePeriod> Periods, IReadOnlyList<string> Notes);

/// <summary>
/// The career effects of rotation: every applicant for a senior title needs 1 year at a rural or weak school rated
/// "competent" or better (将教师到乡村学校任教交流经历作为教师高级职称评审必备条件 [000]; [001] 四(四)1 names the
/// county-town teachers who go there); 3 such years make a county-town teacher a preferred principal candidate [001];
/// principal grades 1 and 2 need 2 years of rotation rated "competent" or better [001]. A school year rated below
/// competent does not count; a year not yet rated counts and is named, so the clerk can check it.
/// </summary>
public static class CareerRules
{
    static readonly IReadOnlySet<string> Passing = new HashSet<string> { "excellent", "competent" };

    public static CareerAnswer Check(CareerStep step, bool countyTownTeacher, IReadOnlyList<ServicePeriod> ruralOrWeak, IReadOnlyList<ServicePeriod> rotation,
        IReadOnlyDictionary<int, string> ratings, DateOnly asOf)
    {
        var (required, periods, rule, source) = step switch
        {
            CareerStep.SeniorTitle => (1, ruralOrWeak, "rotation.career.senior-title",
                "[000] 将教师到乡村学校任教交流经历作为教师高级职称评审必备条件; [001] 到城镇薄弱学校、农村学校任教1年，且考核为“合格”及以上等次"),
            CareerStep.PrincipalPreferred => (3, ruralOrWeak, "rotation.career.principal-preferred",
                "[001] 3年以上且考核为“合格”及以上等次作为选任中小学校长的优先条件"),
            _ => (2, rotation, "rotation.career.principal-grade", "[001] 晋升一级和二级校长职级时须有2年以上交流轮岗经历，且考核为“合格”及以上"),
        };
        var notes = new List<string>();
        if (step == CareerStep.PrincipalPreferred && !countyTownTeacher)
        {
            notes.Add(Texts.NotCountyTown);
            return new CareerAnswer(step, true, rule, source, required, Count(periods, ratings, asOf, notes), periods, notes);
        }

        var counted = Count(periods, ratings, asOf, notes);
        return new CareerAnswer(step, counted >= required, rule, source, required, counted, periods, notes);
    }

    /// <summary>Completed years across the periods, leaving out the days of school years rated below competent.</summary>
    static int Count(IReadOnlyList<ServicePeriod> periods, IReadOnlyDictionary<int, string> ratings, DateOnly asOf, List<string> notes)
    {
        var days = 0;
        var unrated = new SortedSet<int>();
        var failed = new SortedSet<int>();
        foreach (var period in periods)
        {
            var end = period.To < asOf ? period.To : asOf;
            for (var day = period.From; day <= end;)
            {
                var year = SchoolYear.Of(day);
                var yearEnd = new DateOnly(year + 1, 8, 31);
                var last = yearEnd < end ? yearEnd : end;
                var span = last.DayNumber - day.DayNumber + 1;
                if (ratings.TryGetValue(year, out var rating) && !Passing.Contains(rating))
                {
                    failed.Add(year);
                }
                else
                {
                    days += span;
                    if (!ratings.ContainsKey(year))
                    {
                        unrated.Add(year);
                    }
                }

                day = last.AddDays(1);
            }
        }

        if (failed.Count > 0)
        {
            notes.Add(Texts.YearsBelowCompetent(failed));
        }

        if (unrated.Count > 0)
        {
            notes.Add(Texts.YearsUnrated(unrated));
        }

        return Dates.YearsInDays(days);
    }
}

using System.Text;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Demo;

/// <summary>A school as the generator needs it: its code for the roster file, stage, locality, pupils, and whether it leads an alliance.</summary>
public sealed record RosterSchool(Guid Id, string Code, string Stage, string Locality, int Students, bool IsCore);

/// <summary>
/// Invented but plausible staff for demo counties and benchmarks, deterministic for a seed: head counts from pupils
/// per teacher (primary 19, junior 13.5, kindergarten 10 — the shape of the national ratios), one principal, vice-principals
/// and middle managers by size, ages 23–59 (women to 55), mostly women in primary and kindergarten, subjects in
/// timetable proportions, grade bands, backbone teachers more often at core schools, years at the current school
/// spread so roughly a third are due, a few protected statuses and wishes. Names and identity numbers are made up
/// (valid check digits).
/// </summary>
public static class SyntheticRoster
{
    static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹"];
    static readonly string[] Given = ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "华", "玲", "红", "建华", "晓燕", "海燕", "文", "婷"];

    static readonly (Subject Subject, int Weight)[] PrimarySubjects =
        [(Subject.Chinese, 35), (Subject.Maths, 30), (Subject.English, 10), (Subject.PE, 6), (Subject.Music, 5), (Subject.Art, 5), (Subject.Science, 5), (Subject.IT, 2), (Subject.Ideology, 1), (Subject.MentalHealth, 1)];

    static readonly (Subject Subject, int Weight)[] JuniorSubjects =
        [(Subject.Chinese, 18), (Subject.Maths, 18), (Subject.English, 16), (Subject.Physics, 8), (Subject.Chemistry, 6), (Subject.Biology, 6), (Subject.Geography, 6),
         (Subject.History, 6), (Subject.Ideology, 6), (Subject.PE, 5), (Subject.Music, 2), (Subject.Art, 2), (Subject.IT, 1)];

    public static IReadOnlyList<Person> Generate(string countyCode, IReadOnlyList<RosterSchool> schools, int seed, DateOnly asOf)
    {
        var random = new Random(seed);
        var people = new List<Person>();
        var ids = new HashSet<string>();
        var byStage = schools.GroupBy(s => s.Stage).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var school in schools)
        {
            foreach (var (stage, staff) in Staff(school))
            {
                for (var i = 0; i < staff; i++)
                {
                    var role = i == 0 && stage == Primary(school) ? PersonRole.Principal
                        : i <= 1 + staff / 40 ? PersonRole.VicePrincipal
                        : i <= 3 + staff / 15 ? PersonRole.MiddleManager
                        : PersonRole.Teacher;
                    people.Add(One(random, countyCode, school, stage, role, byStage, ids, asOf));
                }
            }
        }

        return people;
    }

    static string Primary(RosterSchool s) => s.Stage == "nine-year" ? "primary" : s.Stage;

    /// <summary>Staff by stage; a nine-year school has two thirds of its pupils in primary.</summary>
    static IEnumerable<(string Stage, int Staff)> Staff(RosterSchool s)
    {
        int Of(int pupils, decimal perTeacher) => Math.Max(3, (int)Math.Round(pupils / perTeacher));
        return s.Stage switch
        {
            "nine-year" => [("primary", Of(s.Students * 2 / 3, 19m)), ("junior", Of(s.Students / 3, 13.5m))],
            "junior" => [("junior", Of(s.Students, 13.5m))],
            "kindergarten" => [("kindergarten", Of(s.Students, 10m))],
            "senior-high" => [("senior-high", Of(s.Students, 12.5m))],
            _ => [("primary", Of(s.Students, 19m))],
        };
    }

    static Person One(Random r, string county, RosterSchool school, string stage, PersonRole role, Dictionary<string, List<RosterSchool>> byStage, HashSet<string> ids, DateOnly asOf)
    {
        var female = r.NextDouble() < (stage is "primary" or "kindergarten" ? 0.72 : 0.55);
        var age = female ? r.Next(23, 55) : r.Next(23, 60);
        var birth = asOf.AddYears(-age - 1).AddDays(r.Next(1, 365));
        var hired = new DateOnly(Math.Min(asOf.Year - 1, birth.Year + r.Next(22, 26)), 9, 1);
        var career = Dates.CompletedYears(hired, asOf);
        // Years at the current school: most under 10, some long-serving; about a third reach six.
        var atSchool = Math.Min(career, (int)Math.Floor(-Math.Log(1 - r.NextDouble()) * 6));
        var since = new DateOnly(asOf.Year - atSchool - (asOf.Month >= 9 ? 0 : 1), 9, 1);
        since = since < hired ? hired : since;
        var history = new List<SchoolStint>();
        var others = byStage.GetValueOrDefault(school.Stage, []).Where(s => s.Id != school.Id).ToList();
        if (since > hired && others.Count > 0)
        {
            history.Add(new SchoolStint(others[r.Next(others.Count)].Id, hired, since.AddDays(-1)));
        }

        history.Add(new SchoolStint(school.Id, since, null));
        var subjects = stage switch
        {
            "primary" => [Pick(r, PrimarySubjects)],
            "junior" or "senior-high" => [Pick(r, JuniorSubjects)],
            _ => new List<Subject> { Subject.Other },
        };
        var teacher = role == PersonRole.Teacher;
        var backbone = r.NextDouble() < (school.IsCore ? 0.18 : 0.07) && career >= 5
            ? r.NextDouble() switch { < 0.7 => BackboneLevel.County, < 0.95 => BackboneLevel.City, _ => BackboneLevel.Province }
            : BackboneLevel.None;
        var statuses = new HashSet<PersonStatus>();
        if (female && age < 38 && r.NextDouble() < 0.06) { statuses.Add(r.NextDouble() < 0.5 ? PersonStatus.Pregnant : PersonStatus.Nursing); }
        if (r.NextDouble() < 0.01) { statuses.Add(PersonStatus.CertifiedIllness); }
        if (backbone != BackboneLevel.None && r.NextDouble() < 0.05) { statuses.Add(PersonStatus.FeaturedCourseLead); }

        var gender = female ? Gender.Female : Gender.Male;
        string id;
        do
        {
            var first17 = $"{county}{birth:yyyyMMdd}{r.Next(0, 100):D2}{(female ? 2 * r.Next(0, 5) : 2 * r.Next(0, 5) + 1)}";
            id = first17 + IdNumber.CheckCharacter(first17);
        }
        while (!ids.Add(id));

        return new Person
        {
            Id = Guid.NewGuid(), CountyCode = county, Name = Surnames[r.Next(Surnames.Length)] + Given[r.Next(Given.Length)], IdNumber = id, Gender = gender,
            BirthDate = birth, Role = role, Stage = stage, Subjects = subjects, Backbone = teacher ? backbone : BackboneLevel.None,
            GradeBand = teacher && stage == "primary" ? (GradeBand)r.Next(3) : null, HiredOn = hired,
            InPostSince = role is PersonRole.Principal or PersonRole.VicePrincipal ? Later(hired, new DateOnly(asOf.Year - r.Next(0, 9), 9, 1)) : null,
            CurrentSchoolId = school.Id, History = history, Statuses = statuses,
            Wishes = teacher && others.Count > 0 && r.NextDouble() < 0.1 ? [others[r.Next(others.Count)].Id] : [],
        };
    }

    static DateOnly Later(DateOnly a, DateOnly b) => a > b ? a : b;

    static Subject Pick(Random r, (Subject Subject, int Weight)[] weights)
    {
        var roll = r.Next(weights.Sum(w => w.Weight));
        foreach (var (subject, weight) in weights)
        {
            if ((roll -= weight) < 0)
            {
                return subject;
            }
        }

        return weights[^1].Subject;
    }

    /// <summary>The roster as the bureau's .csv (PeopleImport's Chinese headers), so a demo goes through the real import.</summary>
    public static string ToCsv(IEnumerable<Person> people, IReadOnlyDictionary<Guid, string> schoolCodes)
    {
        var csv = new StringBuilder("姓名,身份证号,岗位类别,学段,任教学科,骨干级别,年级段,参加工作时间,任现职时间,学校标识码,到校时间,工作经历,状态,意愿学校\n");
        foreach (var p in people)
        {
            var earlier = string.Join(';', p.History.Where(h => h.To is not null).Select(h => $"{schoolCodes[h.SchoolId]}:{h.From:yyyy-MM-dd}~{h.To:yyyy-MM-dd}{(h.ByRotation ? "(交流)" : "")}"));
            csv.Append(p.Name).Append(',').Append(p.IdNumber).Append(',').Append(Role(p.Role)).Append(',').Append(Stage(p.Stage)).Append(',')
                .Append(string.Join('、', p.Subjects.Select(SubjectName))).Append(',').Append(Backbone(p.Backbone)).Append(',')
                .Append(p.GradeBand switch { GradeBand.Lower => "低", GradeBand.Middle => "中", GradeBand.Upper => "高", _ => "" }).Append(',')
                .Append($"{p.HiredOn:yyyy-MM-dd},{p.InPostSince:yyyy-MM-dd},{schoolCodes[p.CurrentSchoolId]},{p.CurrentStint!.From:yyyy-MM-dd},{earlier},")
                .Append(string.Join('、', p.Statuses.Select(StatusName))).Append(',')
                .Append(string.Join('、', p.Wishes.Select(w => schoolCodes[w]))).Append('\n');
        }

        return csv.ToString();
    }

    static string Role(PersonRole role) => role switch
    {
        PersonRole.Principal => "校长", PersonRole.VicePrincipal => "副校长", PersonRole.MiddleManager => "中层干部", _ => "教师",
    };

    static string Stage(string stage) => stage switch { "kindergarten" => "幼儿园", "junior" => "初中", "senior-high" => "高中", _ => "小学" };

    static string Backbone(BackboneLevel level) => level switch
    {
        BackboneLevel.County => "县级", BackboneLevel.City => "市级", BackboneLevel.Province => "省级", _ => "无",
    };

    static string SubjectName(Subject s) => s switch
    {
        Subject.Chinese => "语文", Subject.Maths => "数学", Subject.English => "英语", Subject.Ideology => "道德与法治", Subject.History => "历史",
        Subject.Geography => "地理", Subject.Physics => "物理", Subject.Chemistry => "化学", Subject.Biology => "生物", Subject.Science => "科学",
        Subject.PE => "体育", Subject.Music => "音乐", Subject.Art => "美术", Subject.IT => "信息技术", Subject.MentalHealth => "心理健康", _ => "其他",
    };

    static string StatusName(PersonStatus s) => s switch
    {
        PersonStatus.Pregnant => "孕期", PersonStatus.Nursing => "哺乳期", PersonStatus.CertifiedIllness => "患病", PersonStatus.FeaturedCourseLead => "特色课程领衔",
        PersonStatus.VillageWorkTeam => "驻村工作队", PersonStatus.AidPosting => "援藏援彝", PersonStatus.MaternityLeave => "产假",
        PersonStatus.SeriousIllnessLeave => "重病假", PersonStatus.SeniorThreeExperience => "高三教学经验", _ => "教体局认定",
    };

    /// <summary>
    /// The campus needs a county like the demo's declares for the year: each member campus asks for one teacher of each of
    /// PE, music and art it has no teacher of (浠水 [000]: 走教送教…为36所农村学校解决体音美等学科教师紧缺问题).
    /// </summary>
    public static IReadOnlyList<(Guid SchoolId, Subject Subject)> ScarceNeeds(IReadOnlyList<Person> people, IEnumerable<Guid> memberCampuses) =>
        memberCampuses.SelectMany(campus => new[] { Subject.PE, Subject.Music, Subject.Art }
                .Where(subject => !people.Any(p => p.CurrentSchoolId == campus && p.Role == PersonRole.Teacher && p.Subjects.Contains(subject)))
                .Select(subject => (campus, subject)))
            .ToList();
}

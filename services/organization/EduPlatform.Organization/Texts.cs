using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;

namespace EduPlatform.Organization;

/// <summary>
/// Everything the organization service says to people, in the policy documents' Chinese and in English; the reader's
/// language picks one (<see cref="Words"/>). Rule ids and field names stay as codes beside these texts.
/// </summary>
static class Texts
{
    // Values as people name them.
    public static Words Stage(Stage stage) => new(stage switch
    {
        Domain.Stage.Kindergarten => "幼儿园",
        Domain.Stage.Primary => "小学",
        Domain.Stage.Junior => "初中",
        Domain.Stage.NineYear => "九年一贯制",
        _ => "高中",
    }, WireEnum.Text(stage));

    public static Words Locality(Locality locality) => new(locality switch
    {
        Domain.Locality.Urban => "城区",
        Domain.Locality.Town => "镇区",
        _ => "乡村",
    }, WireEnum.Text(locality));

    public static Words Kind(AllianceKind kind) => new(AllianceKinds.ChineseName(kind), WireEnum.Text(kind));

    static string Zh(IEnumerable<Words> words) => string.Join("、", words.Select(w => w.Zh));
    static string En(IEnumerable<Words> words, string separator = ", ") => string.Join(separator, words.Select(w => w.En));

    // Alliance composition [000][001][002][003].
    public static Words CoreNotUrban(string core, Locality locality) =>
        new($"核心校{core}属于{Locality(locality).Zh}学校；核心校须为城区优质学校。", $"The core school {core} is {Locality(locality).En}; the core must be an urban quality school.");
    public static Words WouldHaveMembers(string alliance, int members, int max) =>
        new($"{alliance}将有 {members} 所成员校，最多允许 {max} 所。", $"{alliance} would have {members} members; at most {max} are allowed.");
    public static Words WouldHaveSchools(string alliance, int schools, int max) =>
        new($"{alliance}将共有 {schools} 所学校，最多允许 {max} 所。", $"{alliance} would have {schools} schools; at most {max} are allowed.");
    public static Words WouldKeepMembers(string alliance, int members, int min) =>
        new($"{alliance}将只剩 {members} 所成员校，至少需要 {min} 所。请先增加成员校，或撤销该教联体。",
            $"{alliance} would keep {members} members; at least {min} are required. Add a member first, or dissolve the alliance.");
    public static Words KindNotUsed(string preset, AllianceKind kind, IEnumerable<AllianceKind> allowed) =>
        new($"本县政策（{preset}）不采用“{Kind(kind).Zh}”形式；可用：{Zh(allowed.Select(Kind))}。",
            $"The county's policy ({preset}) does not use {Kind(kind).En} alliances; it allows {En(allowed.Select(Kind))}.");
    public static Words TooFewMembers(int members, int min) => new($"成员校 {members} 所，至少需要 {min} 所。", $"{members} member school(s); at least {min} are required.");
    public static Words TooManyMembers(int members, int max) => new($"成员校 {members} 所，最多允许 {max} 所。", $"{members} member schools; at most {max} are allowed.");
    public static Words TooManySchools(int schools, int max) => new($"共 {schools} 所学校，最多允许 {max} 所。", $"{schools} schools in all; at most {max} are allowed.");
    public static Words KindStage(string school, Stage stage, AllianceKind kind, IEnumerable<Stage> stages) =>
        new($"{school}是{Stage(stage).Zh}；“{Kind(kind).Zh}”只吸收{Zh(stages.Select(Stage))}。",
            $"{school} is a {Stage(stage).En} school; a {Kind(kind).En} alliance is for {En(stages.Select(Stage), " or ")} schools.");
    public static Words StageMismatch(string school, Stage stage, Stage allianceStage) =>
        new($"{school}是{Stage(stage).Zh}，本教联体是{Stage(allianceStage).Zh}，须同学段组合。", $"{school} is a {Stage(stage).En} school; this alliance is {Stage(allianceStage).En}.");
    public static Words InAnotherOfKind(string school, string alliance, AllianceKind kind, DateOnly from, DateOnly? to) =>
        new($"{school}自 {from:yyyy-MM-dd}{(to is { } t ? $"至 {t:yyyy-MM-dd}" : "起")}已在{alliance}（{Kind(kind).Zh}）；同一学校同时只能加入一个同类教联体。",
            $"{school} is in {alliance} ({Kind(kind).En}) from {from:yyyy-MM-dd}{(to is { } l ? $" to {l:yyyy-MM-dd}" : "")}; a school is in one alliance of a kind at a time.");
    public const string StageSource = "[000][003] 同学段组合";
    public const string OnePerKindSource = "[000][003] 一校一体";
    public const string AdjustedByCounty = "（县级调整）";
    public static Words CoreCannotLeave => new("核心校不能退出教联体；如需解散，请撤销该教联体。", "The core school cannot leave its alliance; dissolve the alliance instead.");
    public const string CoreLeadsSource = "[000][003] 以一所核心校牵头";
    public static Words Dissolved(string alliance, DateOnly on) =>
        new($"{alliance}已于 {on:yyyy-MM-dd} 撤销；请组建新的教联体。", $"{alliance} was dissolved on {on:yyyy-MM-dd}; form a new alliance instead.");
    public const string HistoryKeptSource = "历史记录只追加、不改写";
    public static Words StageLockedInAlliance(string school) =>
        new($"{school}是教联体成员校，在籍期间不能变更学段。", $"{school} is a campus of an alliance; its stage cannot change while it is a member.");

    // Policy settings.
    public static Words NotNegative => new("不能为负数。", "cannot be negative");
    public static Words AtLeastOne => new("至少为 1。", "must be at least 1");
    public static Words AtLeastTwoSchools => new("至少为 2（一所核心校加一所成员校）。", "must be at least 2 (a core and one member)");
    public static Words MinAboveMax(int min, int max) => new($"{min} 大于 maxMembers {max}。", $"{min} is more than maxMembers {max}");
    public static Words NameAKind => new("至少选择一种形式。", "must name at least one kind");
    public static Words CountyNameRequired => new("必填，最多 100 个字。", "is required, at most 100 characters");
    public static Words PresetOneOf(IEnumerable<string> names) => new($"须为以下之一：{string.Join("、", names)}。", $"must be one of {string.Join(", ", names)}");

    // Schools.
    public static Words CodeRequired => new("学校标识码必填（1–20 位字母或数字）。", "is required: 1–20 letters or digits");
    public static Words CodeTooLong(int length) => new($"学校标识码最多 20 位，此处 {length} 位。", $"is at most 20 characters; this one has {length}");
    public static Words CodeBadCharacter(char bad) => new($"学校标识码只能由字母和数字组成，不能含“{bad}”。", $"may hold only letters and digits, not '{bad}'");
    public static Words SchoolNameRequired(int max) => new($"必填，最多 {max} 个字。", $"is required, at most {max} characters");
    public static Words TownshipRequired => new("必填（乡镇/街道），最多 50 个字。", "is required (乡镇/街道), at most 50 characters");
    public static Words Latitude => new("必须在 -90 到 90 之间。", "must be between -90 and 90");
    public static Words Longitude => new("必须在 -180 到 180 之间。", "must be between -180 and 180");
    public static Words LatitudeLongitudeTogether => new("经度和纬度须同时填写或同时不填。", "latitude and longitude are given together or not at all");
    public static Words KindergartenDayRequired => new("幼儿园必填：full-day（全日制）或 half-day（半日制）。", "is required for a kindergarten: full-day or half-day");
    public static Words KindergartenDayOnly => new("仅幼儿园填写。", "applies to kindergartens only");
    public static Words VillageSchoolsArePrimary => new("村小、教学点属于小学学段。", "village schools and teaching points (村小、教学点) are primary-stage");
    public static Words CodeTaken(string code, string county) => new($"学校标识码 {code} 在本县（{county}）已登记。", $"{code} is already registered in county {county}");
    public static Words SchoolNotFound(Guid id) => new($"本县未找到学校 {id}。", $"School {id} was not found in this county.");
    public static Words SchoolEntity(string name) => new($"学校“{name}”", $"School {name}");
    public static Words TermShape => new("格式应为 2024-autumn（秋季学期）或 2025-spring（春季学期）。", "must look like 2024-autumn or 2025-spring");
    public static Words CountyNotSetUp(string code) =>
        new($"县（区）{code} 尚未设置：请县级管理员先设置县名和教联体政策（PUT /api/organization/counties/{code}）。",
            $"County {code} is not set up yet: a county admin sets its name and alliance policy first (PUT /api/organization/counties/{code}).");
    public static Words CountyEntity(string code) => new($"县（区）{code}", $"County {code}");

    // Term statistics.
    public static Words NoClasses => new("有学生的学校至少有 1 个班。", "a school with students has at least one class");
    public static Words ClassesExceedStudents(int classes, int students) =>
        new($"{students} 名学生编 {classes} 个班：每个班至少有 1 名学生。", $"{classes} classes for {students} students: every class has at least one student");
    public static Words GradeOutside(int grade, int first, int last, Stage stage) =>
        new($"{grade} 年级不在{Stage(stage).Zh}的 {first}–{last} 年级之内。", $"grade {grade} is outside {first}–{last} for a {Stage(stage).En} school");
    public static Words GradeTwice(int grade) => new($"{grade} 年级重复出现。", $"grade {grade} is listed more than once");
    public static Words GradeNegative => new("各年级人数不能为负数。", "grade counts cannot be negative");
    public static Words GradeStudentsSum(int sum, int students) => new($"各年级学生数合计 {sum}，与全校 {students} 不符。", $"grade students add up to {sum}, not the school's {students}");
    public static Words GradeClassesSum(int sum, int classes) => new($"各年级班级数合计 {sum}，与全校 {classes} 不符。", $"grade classes add up to {sum}, not the school's {classes}");

    // Alliances.
    public static Words AllianceNotFound(Guid id) => new($"本县未找到教联体 {id}。", $"Alliance {id} was not found in this county.");
    public static Words AllianceEntity(string name) => new($"教联体“{name}”", $"Alliance {name}");
    public static Words NotYourAlliance(Guid id) => new($"您所在的教联体办公室不负责教联体 {id}。", $"Your alliance office does not act for alliance {id}.");
    public static Words SchoolNotRegistered(Guid id) => new($"学校 {id} 未在本县登记。", $"school {id} is not registered in this county");
    public static Words AlreadyCampus(string school, string alliance) => new($"{school}已是{alliance}的成员校。", $"{school} is already a campus of {alliance}");
    public static Words NotCurrentMember(Guid school, string alliance) => new($"学校 {school} 目前不是{alliance}的成员校。", $"School {school} is not a current member of {alliance}.");
    public static Words NotCurrentCampus(Guid school, string alliance) => new($"学校 {school} 目前不是{alliance}的校区。", $"School {school} is not a current campus of {alliance}.");
    public static Words LeaveAfterJoin(DateOnly joined) => new($"须晚于该校加入之日（{joined:yyyy-MM-dd}）。", $"must be after the day the school joined ({joined:yyyy-MM-dd})");
    public static Words NotBeforeLastChange(DateOnly last) =>
        new($"不能早于教联体最近一次变更（{last:yyyy-MM-dd}）；历史记录只追加、不改写。", $"must not be before the alliance's last recorded change ({last:yyyy-MM-dd}); history is appended, not rewritten");
    public static Words PrincipalNameLength => new("最多 50 个字。", "at most 50 characters");
    public static Words AllianceNameRequired => new("必填，最多 200 个字。", "is required, at most 200 characters");
    public static Words Required => new("必填。", "is required");
    public static Words CoreAmongMembers => new("成员校中不能包含核心校。", "must not include the core school");
    public static Words MemberTwice => new("有学校重复列出。", "lists a school more than once");
    public static Words FormedOnRange => new("须为 2000–2100 年之间的日期。", "must be a date between 2000 and 2100");

    // Imports.
    public static Words NotAStage(string text) => new($"“{text}”不是学段：幼儿园、小学、初中、九年一贯制或高中。", $"'{text}' is not a stage: 幼儿园, 小学, 初中, 九年一贯制 or 高中");
    public static Words NotALocality(string text) => new($"“{text}”不是城乡类别：城区、镇区或乡村。", $"'{text}' is not a locality class: 城区, 镇区 or 乡村");
    public static Words NotASchoolType(string text) => new($"“{text}”不是学校类型：普通、村小、教学点、特殊教育或职业。", $"'{text}' is not a school type: 普通, 村小, 教学点, 特殊教育 or 职业");
    public static Words NotANumber(string text) => new($"“{text}”不是数值。", $"'{text}' is not a number");
    public static Words NotAWholeNumber(string text) => new($"“{text}”不是整数。", $"'{text}' is not a whole number");
    public static Words NotPublicOrPrivate(string text) => new($"“{text}”应为公办或民办。", $"'{text}' is not 公办 or 民办");
    public static Words NotYesNo(string text) => new($"“{text}”应为是或否。", $"'{text}' is not 是 or 否");
    public static Words NotADayKind(string text) => new($"“{text}”应为全日制或半日制。", $"'{text}' is not 全日制 or 半日制");
    public static Words DuplicateCode(string code, int row) => new($"{code} 已在第 {row} 行出现。", $"{code} already appears in row {row}");
    public static Words ChangedDuringImport(string entity) => new($"{entity}在导入过程中被他人修改。", $"{entity} changed during the import");
    public static Words NotAGrade(string text) => new($"“{text}”不是年级数字。", $"'{text}' is not a grade number");
    public static Words MixedTotals(string code, string term) => new($"{code} {term} 既有全校合计行（不填年级）又有分年级行。", $"{code} {term} mixes a totals row (no grade) with other rows");
    public static Words CodeNotRegistered(string code) => new($"{code} 未在本县登记。", $"{code} is not registered in this county");
    public static Words CodesNotRegistered(IEnumerable<string> codes) => new($"未在本县登记：{string.Join("、", codes)}", $"not registered in this county: {string.Join(", ", codes)}");
    public static Words NotAKind(string text) => new($"“{text}”不是教联体形式（融合型、委托管理、教育集团、紧密型教育集团……）。", $"'{text}' is not an alliance form (融合型, 委托管理, 教育集团, 紧密型教育集团, …)");
    public static Words NoSchoolListed => new("未列出任何学校。", "lists no school");
    public static Words NotADateLike(string text) => new($"“{text}”不是日期，如 2023-05-01。", $"'{text}' is not a date such as 2023-05-01");
    public static Words NotADate(string text) => new($"“{text}”不是日期。", $"'{text}' is not a date");
    public static Words NotAParty(string text) => new($"“{text}”应为党委、党总支或党支部。", $"'{text}' is not 党委, 党总支 or 党支部");
    public static Words WithSource(string message, string source) => new($"{message}（{source}）", $"{message} ({source})");
}

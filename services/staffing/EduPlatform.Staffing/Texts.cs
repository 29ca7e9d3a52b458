using EduPlatform.Kernel;
using EduPlatform.ServiceDefaults;
using EduPlatform.Staffing.Domain;

namespace EduPlatform.Staffing;

/// <summary>
/// Everything the staffing service says to people — quota explanations, plan rules, import errors, export sheets — in
/// the policy documents' Chinese (编制, 核定编制, 编制总量 …) and in English; the reader's language picks one.
/// </summary>
static class Texts
{
    public static Words Stage(StaffingStage stage) => new(stage switch
    {
        StaffingStage.Kindergarten => "幼儿园",
        StaffingStage.Primary => "小学",
        StaffingStage.Junior => "初中",
        _ => "高中",
    }, WireEnum.Text(stage));

    /// <summary>A school's stage as the organization events name it ("nine-year").</summary>
    public static Words SchoolStage(string wire) => new(wire switch
    {
        "kindergarten" => "幼儿园",
        "primary" => "小学",
        "junior" => "初中",
        "nine-year" => "九年一贯制",
        "senior-high" => "高中",
        _ => wire,
    }, wire);

    public static Words SchoolType(string wire) => new(wire switch
    {
        "special-education" => "特殊教育学校",
        "vocational" => "职业学校",
        "village-school" => "村小",
        "teaching-point" => "教学点",
        _ => "普通学校",
    }, wire);

    public static Words Subject(Subject subject) => new(subject switch
    {
        Domain.Subject.Chinese => "语文", Domain.Subject.Maths => "数学", Domain.Subject.English => "英语", Domain.Subject.Ideology => "道德与法治",
        Domain.Subject.History => "历史", Domain.Subject.Geography => "地理", Domain.Subject.Physics => "物理", Domain.Subject.Chemistry => "化学",
        Domain.Subject.Biology => "生物", Domain.Subject.Science => "科学", Domain.Subject.PE => "体育", Domain.Subject.Music => "音乐",
        Domain.Subject.Art => "美术", Domain.Subject.IT => "信息技术", Domain.Subject.MentalHealth => "心理健康", _ => "其他",
    }, WireEnum.Text(subject));

    // Quota explanations [national 2014][national 2001][national 2013].
    public static Words AllGrades => new("全部年级", "all grades");
    public static Words Grades1To6 => new("1–6 年级", "grades 1–6");
    public static Words Grades7To9 => new("7–9 年级", "grades 7–9");
    public static Words ByStudents(int students, Words band, decimal ratio) =>
        new($"学生 {students} 人（{band.Zh}）÷ 生师比 {ratio}", $"{students} students ({band.En}) ÷ {ratio} students per staff");
    public static Words ByStudentsNoClassRatio(int students, Words band, decimal ratio) =>
        new($"学生 {students} 人（{band.Zh}）÷ 生师比 {ratio}；本县未设村小、教学点班师比，仅按生师比核定",
            $"{students} students ({band.En}) ÷ {ratio} students per staff; the county has set no class ratio for village schools, so the student ratio alone applies");
    public static Words ByClasses(int classes, Words band, decimal perClass) =>
        new($"{classes} 个班（{band.Zh}）× 班师比 {perClass}", $"{classes} classes ({band.En}) × {perClass} staff per class");
    public static Words ByChildren(int children, bool halfDay, decimal perStaff) =>
        new($"幼儿 {children} 人（{(halfDay ? "半日制" : "全日制")}）÷ 师幼比 {perStaff}", $"{children} children ({(halfDay ? "half day" : "full day")}) ÷ {perStaff} children per staff");
    public static Words ByCareRatio(int children, bool halfDay, decimal perCareStaff, int directors, int classes) =>
        new($"幼儿 {children} 人（{(halfDay ? "半日制" : "全日制")}）÷ 保教人员与幼儿比 {perCareStaff} + 园长 {directors} 名（{classes} 个班）",
            $"{children} children ({(halfDay ? "half day" : "full day")}) ÷ {perCareStaff} children per teaching and care staff + {directors} director(s) ({classes} classes)");
    public static Words ByKindergartenClasses(int classes, decimal teachers, decimal caregivers, bool boarding, int directors) =>
        new($"{classes} 个班 ×（专任教师 {teachers} + 保育员 {caregivers}）{(boarding ? "（含寄宿）" : "")} + 园长 {directors} 名",
            $"{classes} classes × ({teachers} teachers + {caregivers} caregivers){(boarding ? " incl. boarding" : "")} + {directors} director(s)");
    public const string VillageSource = "[national] 村小、教学点按照生师比与班师比相结合的方式核定，取较大者；班师比由各地确定";
    public const string KindergartenSource = "[national 2013] 幼儿园教职工配备标准（暂行）";
    public static Words OwnStandard(string school, string type) =>
        new($"{school}是{SchoolType(type).Zh}，按其专门标准核编，此处不计算。", $"{school} is a {type} school, staffed by its own standard; it is not computed here.");
    public static Words NoStandardForStage(string school, string stage) =>
        new($"{school}：学段“{stage}”在此没有编制标准。", $"{school}: stage '{stage}' has no staffing standard here.");
    public static Words NineYearNeedsGrades(string school) =>
        new($"{school}是九年一贯制学校：须按年级填报学生数（1–6 年级按小学标准、7–9 年级按初中标准核编），请按年级上报学期数据。",
            $"{school} is a nine-year school: its quota needs students per grade (grades 1–6 at the primary ratio, 7–9 at the junior ratio); report the term with grades.");
    public static Words Rounding(QuotaRounding rounding) => rounding switch
    {
        QuotaRounding.Up => new("各学段在编制池内合计后取整一次：向上取整（县级设置，国家文件未规定取整方式）",
            "each stage rounded once for the pool, up to the next whole post (a county setting: no national text fixes rounding)"),
        QuotaRounding.Down => new("各学段在编制池内合计后取整一次：向下取整（县级设置，国家文件未规定取整方式）",
            "each stage rounded once for the pool, down to the whole post below (a county setting: no national text fixes rounding)"),
        _ => new("各学段在编制池内合计后取整一次：四舍五入（县级设置，国家文件未规定取整方式）",
            "each stage rounded once for the pool, to the nearest whole post, halves up (a county setting: no national text fixes rounding)"),
    };
    public static Words SchoolUnknown(Guid id) =>
        new($"校区 {id} 尚未同步到编制服务（其 SchoolRegistered 事件尚未到达）。", $"Campus {id} is not (yet) known to staffing; its SchoolRegistered has not arrived.");
    public static Words TermMissing(string school, int year) =>
        new($"{school}没有 {year} 年秋季学期数据，未核定其编制。", $"{school} has no {year}-autumn statistics; its quota is not computed.");
    public static Words PrivateSchool(string school) => new($"{school}是民办学校，不核定公办编制。", $"{school} is a private school: it has no public staffing quota.");

    // The county plan [000].
    public const string PlanSource = "[000] 在编制总量内动态调整";
    public static Words StageBelowZero(StaffingStage stage, int standard, int move, int planned) =>
        new($"{Stage(stage).Zh}：核定编制 {standard} 调整 {move:+#;-#;0} 后为 {planned}。", $"{Stage(stage).En}: {standard} standard posts {move:+#;-#;0} would leave {planned}.");
    public static Words ExceedsTotal(int total, IEnumerable<(StaffingStage Stage, int Posts)> byStage, int limit) =>
        new($"计划需 {total} 个编制（{string.Join("、", byStage.Select(s => $"{Stage(s.Stage).Zh} {s.Posts}"))}），超出本县编制总量 {limit}，多 {total - limit} 个。",
            $"The plan needs {total} posts ({string.Join(", ", byStage.Select(s => $"{Stage(s.Stage).En} {s.Posts}"))}) but the county total is {limit}: {total - limit} over.");
    public static Words NoCountyTotal => new("本县编制总量尚未设置；请先在编制设置中填写，再批准计划。",
        "The county's total quota (编制总量) is not set; enter it in the staffing settings before approving.");
    public static Words AlreadyApproved(int year, DateTimeOffset? on, string? by) =>
        new($"{year} 年编制计划已于 {on:yyyy-MM-dd} 由 {by} 批准；已批准的计划不再修改。", $"The {year} plan was approved on {on:yyyy-MM-dd} by {by}; an approved plan is not changed.");
    public const string OnceAYearSource = "[000] 每年按秋季学生数核定一次";
    public static Words PlanEntity(int year) => new($"{year} 年编制计划", $"The {year} staffing plan");
    public static Words NotAMoveStage => new("不是学段：kindergarten、primary、junior 或 senior-high。", "is not a stage: kindergarten, primary, junior or senior-high");
    public static Words NoApprovedPlan => new("尚无已批准的编制计划。", "No approved staffing plan.");
    public static Words ApprovePlanFirst => new("本县尚无已批准的编制计划，招聘计划草案依据其空编生成：请先批准某学年的编制计划（POST …/plans/{schoolYear}/approve）。",
        "No staffing plan of this county is approved yet, and the draft is drawn from an approved plan's vacancies: approve a year's plan first.");

    // Recruitment draft.
    public static Words SubjectGap(int gap, Subject subject, bool scarce) =>
        new($"{gap} 人非专业出身任教{Subject(subject).Zh}{(scarce ? "；紧缺学科，优先招聘" : "")}",
            $"{gap} teaching {Subject(subject).En} without being specialists{(scarce ? "; scarce subject, recruited first" : "")}");
    public static Words BeyondGaps => new("学科缺口以外的空编：学科由学校确定", "vacancies beyond the subject gaps: the school names the subject");

    // Posts [000].
    public static Words NameRequired => new("必填，最多 50 个字。", "is required, at most 50 characters");
    public static Words HonourRequired => new("须写明所获国家级或省级荣誉 [000]。", "names the national or provincial honour held [000]");
    public static Words RuralYears(int years) => new($"在乡村学校任教须满 {years} 年 [000]。", $"must be at least {years} years in rural schools [000]");
    public static Words RetiresWithin(int years, DateOnly today) => new($"须在 {today:yyyy-MM-dd} 起 {years} 年内退休 [000]。", $"must be within {years} years from {today:yyyy-MM-dd} [000]");
    public static Words NotNegative => new("不能为负数。", "cannot be negative");
    public static Words NoPool(string key) => new($"本县没有教联体或学校“{key}”。", $"No alliance or school '{key}' in this county.");
    public static Words PostsEntity(string pool) => new($"{pool}的岗位结构", $"Post structure of {pool}");
    public static Words NoListedPerson(Guid id) => new($"未找到登记人员 {id}。", $"No listed person {id}.");

    // Settings.
    public static Words PresetOneOf(IEnumerable<string> names) => new($"须为以下之一：{string.Join("、", names)}。", $"must be one of {string.Join(", ", names)}");
    public static Words VillagePerClass(decimal perClass, decimal min, decimal max) =>
        new($"班师比 {perClass} 不在 {min}–{max} 之间（各省常用 1.5–2.0）。", $"{perClass} staff per class is outside {min}–{max} (provinces commonly use 1.5–2.0)");
    public static Words FullDayRatio(decimal min, decimal max) => new($"全日制幼儿园须为每名教职工 {min}–{max} 名幼儿 [national 2013]。", $"must be {min}–{max} children per staff for full-day kindergartens [national 2013]");
    public static Words CareRatio(bool halfDay, decimal min, decimal max) =>
        new($"{(halfDay ? "半日制" : "全日制")}幼儿园须为每名保教人员 {min}–{max} 名幼儿 [national 2013]。",
            $"must be {min}–{max} children per teaching and care staff for {(halfDay ? "half-day" : "full-day")} kindergartens [national 2013]");
    public static Words HalfDayRatio(decimal min, decimal max) => new($"半日制幼儿园须为每名教职工 {min}–{max} 名幼儿 [national 2013]。", $"must be {min}–{max} children per staff for half-day kindergartens [national 2013]");

    // Imports.
    public static Words NotAStaffingStage(string text) => new($"“{text}”应为幼儿园、小学、初中或高中。", $"'{text}' is not 幼儿园, 小学, 初中 or 高中");
    public static Words RowsNameStage(string schoolStage) => new($"{SchoolStage(schoolStage).Zh}学校的每一行须填学段（小学或初中）。", $"a {schoolStage} school's rows name the stage (小学 or 初中)");
    public static Words UnknownSchool(string code) => new($"“{code}”不是本县编制服务已知的学校。", $"'{code}' is not a school staffing knows in this county");
    public static Words NotASubject(string text) => new($"“{text}”不是学科（语文、数学、体育、音乐、美术、信息技术、心理健康……）。", $"'{text}' is not a subject (语文, 数学, 体育, 音乐, 美术, 信息技术, 心理健康, …)");
    public static Words NotAWholeNumber(string text) => new($"“{text}”不是整数。", $"'{text}' is not a whole number");
    public static Words NotAStaffCount(string text) => new($"“{text}”不是教职工人数（整数）。", $"'{text}' is not a whole number of staff");
    public static Words AppearsInRow(string what, int row) => new($"{what} 已在第 {row} 行出现。", $"{what} already appears in row {row}");

    // Exports (Chinese headers by default; the import templates use the same words).
    public static Words Yes(bool value) => value ? new("是", "yes") : new("否", "no");
    public static Words Total => new("合计", "Total");
    public static Words QuotaSheet(int year) => new($"{year}年核定编制", $"{year} standard quotas");
    public static Words QuotaHeaders => new("编制单位|单位类型|学校|学段|在校学生数|班级数|核定规则|计算依据|是否采用|未取整编制|单位学段核定编制|标准依据",
        "Pool|Pool kind|School|Stage|Students|Classes|Rule|Basis|Counts|Unrounded posts|Pool stage posts|Standard");
    public static Words PoolKind(bool alliance) => alliance ? new("融合型教联体", "fused alliance") : new("学校", "school");
    public static Words PlanSheet(int year) => new($"{year}年编制计划", $"{year} staffing plan");
    public static Words PlanHeaders => new("编制单位|学段|标准编制|核定编制|调整", "Pool|Stage|Standard posts|Planned posts|Move");
    public static Words StageTotal(StaffingStage stage) => new($"{Stage(stage).Zh}合计", $"{Stage(stage).En} total");
    public static Words CountyPlanTotal => new("全县合计", "County total");
    public static Words CountyQuota => new("编制总量", "County quota (编制总量)");
    public static Words PlanState => new("状态", "Status");
    public static Words PlanStatus(string status) => status == "approved" ? new("已批准", "approved") : new("草案", "draft");
    public static Words RecruitmentSheet(int? year) => new($"{year}年招聘计划草案", $"{year} recruitment draft");
    public static Words RecruitmentHeaders => new("编制单位|学段|学科|招聘人数|依据", "Pool|Stage|Subject|Posts|Basis");
    public static Words SubjectOpen => new("待定", "to be named");
    public static Words BasedOnPlan(int? year) => new($"依据 {year} 年已批准编制计划的空编", $"vacancies of the approved {year} staffing plan");

    // Import sheets: the file's columns, the JSON rows' fields and the blank templates (GET …/templates/{name}.xlsx).
    static ImportColumn Column(string key, string field, string[] headers, bool required, Words meaning, Words? allowed = null, string sample = "") =>
        new(key, field, headers, required, meaning, allowed, sample);

    static readonly Words StageOfRow = new("学段；九年一贯制学校分小学、初中两行填写，其他学校可不填", "the stage; a nine-year school gives 小学 and 初中 rows, others may leave it empty");

    public static readonly ImportSheet HeadCountsSheet = new("head-counts", new("在编教职工", "Staff on the payroll"),
    [
        Column("code", "code", ["学校标识码", "学校代码"], true, new("学校标识码", "the school code"), null, "4211250001"),
        Column("stage", "stage", ["学段"], false, StageOfRow, new("幼儿园、小学、初中、高中", "幼儿园, 小学, 初中, 高中"), "小学"),
        Column("staff", "staff", ["在编教职工数", "实有教职工数"], true, new("实有在编教职工数", "staff on the payroll"), new("0 或正整数", "a whole number"), "36"),
        Column("senior", "senior", ["高级岗位人数"], false, new("其中高级专业技术岗位人数", "of them, in senior posts"), new("0 或正整数", "a whole number"), "4"),
        Column("middle", "middle", ["中级岗位人数"], false, new("其中中级岗位人数", "of them, in middle posts"), new("0 或正整数", "a whole number"), "18"),
        Column("junior", "junior", ["初级岗位人数"], false, new("其中初级岗位人数", "of them, in junior posts"), new("0 或正整数", "a whole number"), "14"),
    ]);

    public static readonly ImportSheet SubjectStaffSheet = new("subject-staff", new("分学科教师", "Subject teachers"),
    [
        Column("code", "code", ["学校标识码", "学校代码"], true, new("学校标识码", "the school code"), null, "4211250001"),
        Column("stage", "stage", ["学段"], false, StageOfRow, new("幼儿园、小学、初中、高中", "幼儿园, 小学, 初中, 高中"), "小学"),
        Column("subject", "subject", ["学科"], true, new("任教学科", "the subject"), new("语文、数学、英语、道德与法治、科学、体育、音乐、美术、信息技术、心理健康……", "语文, 数学, 英语, 道德与法治, 科学, 体育, 音乐, 美术, 信息技术, 心理健康, …"), "体育"),
        Column("specialists", "specialists", ["专任教师数"], true, new("本学科专任教师数", "teachers who specialise in the subject"), new("0 或正整数", "a whole number"), "1"),
        Column("nonSpecialists", "nonSpecialists", ["兼任教师数"], true, new("兼任本学科的其他学科教师数", "teachers of other subjects who also teach it"), new("0 或正整数", "a whole number"), "2"),
    ]);
}

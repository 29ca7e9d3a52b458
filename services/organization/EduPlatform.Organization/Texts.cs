using EduPlatform.Kernel;
using EduPlatform.Organization.Domain;
using EduPlatform.ServiceDefaults;

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
    public static Words CoreNotQuality(string core, bool weak) =>
        new($"核心校{core}已被教育局认定为{(weak ? "薄弱" : "新建")}学校；核心校须为优质学校，{(weak ? "薄弱" : "新建")}学校只能作为成员校。",
            $"The core school {core} is designated {(weak ? "weak" : "new")} by the bureau; the core must be a quality school, and a {(weak ? "weak" : "new")} school joins as a member.");
    public const string CoreQualitySource = "[002][003] 以1所优质学校为核心校";
    public static Words MemberNotRuralWeakOrNew(string school, Locality locality, IEnumerable<Locality> accepted) =>
        new($"{school}是{Locality(locality).Zh}学校，未被认定为薄弱或新建学校；成员校须为{string.Join("", accepted.Select(l => Locality(l).Zh + "、"))}薄弱或新建学校（城联乡、强联弱）。",
            $"{school} is a {Locality(locality).En} school not designated weak or new; members are {string.Join("", accepted.Select(l => Locality(l).En + ", "))}weak or new schools.");
    public static Words PrivateInFused(string school) =>
        new($"{school}是民办学校；融合型教联体只由公办学校组成，民办学校由县民管办直接管理，不撤销其法人。",
            $"{school} is private; a fused alliance is of public schools only (private schools stay with the county's private-school office and keep their legal person).");
    public const string FusedPublicSource = "[003] 融合型教联体实施学段为县域内义务教育和学前教育阶段公办学校；民办学校和民办幼儿园由县民管办直接管理";
    public static Words OutsideCoreTownship(string school, string township, string coreTownship) =>
        new($"{school}在{township}；乡镇中心小学一体化教育联盟只吸收本乡镇（{coreTownship}）的学校。",
            $"{school} is in {township}; a township league takes the schools of its own township ({coreTownship}).");
    public static Words TooManyInTownship(string township, AllianceKind kind, int count, int max) =>
        new($"{township}将有 {count} 个“{Kind(kind).Zh}”，每个乡镇最多 {max} 个。", $"{township} would lead {count} {Kind(kind).En} alliances; at most {max} per township.");
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
    // Province coverage [002].
    public static Words DemonstrationTarget(int minimum) =>
        new($"每个县（市、区）至少建设 {minimum} 个示范性教联体", $"at least {minimum} demonstration alliance(s) in every county");
    public static Words EveryCountyTarget => new("县域范围内教联体建设全面推行（每县均有教联体）", "alliances in every county");
    public static Words CompulsoryShareTarget(decimal share) =>
        new($"{share * 100:0.#}%以上的义务教育学校纳入教联体", $"at least {share * 100:0.#}% of compulsory schools in alliances");
    public static Words DemonstrationProgress(int count, int minimum) =>
        new($"示范性教联体 {count} 个（目标 {minimum} 个）", $"{count} demonstration alliance(s) (target {minimum})");
    public static Words AlliancesProgress(int count) => new($"现有教联体 {count} 个", $"{count} alliance(s)");
    public static Words ShareProgress(decimal share, decimal target) =>
        new($"义务教育学校纳入 {share * 100:0.0}%（目标 {target * 100:0.#}%）", $"{share * 100:0.0}% of compulsory schools in alliances (target {target * 100:0.#}%)");
    public static string ProvinceTargetsEntity(string province) => $"province {province} targets";
    public static Words AlreadyDesignated(string alliance, int year) =>
        new($"{alliance}已有该年度（{year}）的同一认定。", $"{alliance} already has this designation for {year}.");
    public static Words CoverageTitle(int year) => new($"{year}年教联体建设进展", $"alliance building {year}");
    public static Words CoverageSheet => new("各县进展", "Counties");
    public static Words CoverageHeaders => new(
        "行政区划代码|县（市、区）|教联体|融合型|共建型|义务教育学校|纳入教联体|纳入比例|幼儿园纳入比例|高中纳入比例|示范性教联体|省级试点|市级试点|县级试点|试点奖补（元）|示范目标|全面推行目标|覆盖率目标",
        "Code|County|Alliances|Fused|Co-built|Compulsory schools|In alliances|Share|Kindergartens' share|Senior highs' share|Demonstration|Province pilots|City pilots|County pilots|Pilot grants (yuan)|Demonstration target|Every-county target|Share target");
    public static Words MonthlySheet => new("月度进展", "Monthly");
    public static Words RankingSheet => new("月度排名", "Monthly ranking");
    public static Words MonthHeader => new("月末", "Month end");
    public static Words RankHeaders => new("月末|名次|行政区划代码|县（市、区）|纳入比例|示范性教联体", "Month end|Rank|Code|County|Share|Demonstration");
    public static Words TargetStatus(string status) => status switch
    {
        "met" => new("已达成", "met"),
        "behind" => new("未达成", "behind"),
        _ => new("未到期", "not due"),
    };
    public static Words NoteTooLong => new("最多 500 个字。", "at most 500 characters");
    public static Words DemonstrationMinimumRange => new("须在 1 到 50 之间。", "must be between 1 and 50");
    public static Words ShareRange => new("须大于 0 且不超过 1（如 0.8 表示 80%）。", "must be above 0 and at most 1 (0.8 is 80%)");
    public static Words TargetYearRange => new("日期须在 2020 至 2035 年之间。", "must be a day between 2020 and 2035");
    public static Words TravelLimitRange => new("须在 1 到 200 公里之间。", "must be between 1 and 200 km");
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

    // Import sheets: the file's columns, the JSON rows' fields and the blank templates (GET …/templates/{name}.xlsx).
    static ImportColumn Column(string key, string field, string[] headers, bool required, Words meaning, Words? allowed = null, string sample = "") =>
        new(key, field, headers, required, meaning, allowed, sample);

    static readonly Words StageValues = new("幼儿园、小学、初中、九年一贯制、高中", "幼儿园 (kindergarten), 小学 (primary), 初中 (junior), 九年一贯制 (nine-year), 高中 (senior-high)");
    static readonly Words TermValues = new("如 2024-autumn（2024 年秋季学期）、2025-spring（2025 年春季学期）", "such as 2024-autumn or 2025-spring");

    public static readonly ImportSheet SchoolsSheet = new("schools", new("学校名册", "School roster"),
    [
        Column("code", "code", ["学校标识码", "学校代码"], true, new("教育部学校标识码，本县唯一；已登记的标识码即更新该校", "the school code (学校标识码), unique in the county; a known code updates that school"),
            new("1–20 位字母或数字", "1–20 letters or digits"), "4211250001"),
        Column("name", "name", ["学校名称"], true, new("学校全称", "the school's full name"), new("最多 100 个字", "at most 100 characters"), "城关第一小学"),
        Column("stage", "stage", ["学段"], true, new("学段", "the stage"), StageValues, "小学"),
        Column("locality", "locality", ["城乡类别", "城乡分类"], true, new("统计上的城乡分类", "the statistical urban/rural class"), new("城区、镇区、乡村", "城区 (urban), 镇区 (town), 乡村 (rural)"), "城区"),
        Column("type", "type", ["学校类型"], false, new("学校类型，不填为普通学校", "the school type; regular when left empty"), new("普通、村小、教学点、特殊教育、职业", "普通, 村小, 教学点, 特殊教育, 职业"), "普通"),
        Column("township", "township", ["乡镇", "乡镇(街道)"], true, new("所在乡镇或街道", "the township or street office"), new("最多 50 个字", "at most 50 characters"), "城关镇"),
        Column("latitude", "latitude", ["纬度"], false, new("纬度（WGS-84），与经度同时填写", "latitude (WGS-84), with longitude"), new("-90 到 90", "-90 to 90"), "30.4210"),
        Column("longitude", "longitude", ["经度"], false, new("经度（WGS-84），与纬度同时填写", "longitude (WGS-84), with latitude"), new("-180 到 180", "-180 to 180"), "115.2310"),
        Column("public", "public", ["办学性质", "公办"], false, new("公办或民办，不填为公办", "public or private; public when left empty"), new("公办、民办（或 是、否）", "公办, 民办 (or 是, 否)"), "公办"),
        Column("boarding", "boarding", ["寄宿制", "寄宿"], false, new("是否寄宿制学校", "whether it is a boarding school"), new("是、否", "是, 否"), "否"),
        Column("kindergartenDay", "kindergartenDay", ["幼儿园类型", "全日制/半日制"], false, new("幼儿园必填：全日制或半日制", "kindergartens only: full or half day"), new("全日制、半日制", "全日制, 半日制"), ""),
        Column("weak", "isWeak", ["薄弱学校"], false, new("教育局认定的薄弱学校；不填则保持原认定（新登记为否）", "designated weak by the bureau; left empty keeps the designation (no for a new school)"), new("是、否", "是, 否"), "否"),
        Column("new", "isNew", ["新建学校"], false, new("教育局认定的新建学校；不填则保持原认定（新登记为否）", "designated new by the bureau; left empty keeps the designation (no for a new school)"), new("是、否", "是, 否"), "否"),
        Column("term", "term", ["学期"], false, new("同时上报该学期的学生数和班级数时填写", "to report that term's students and classes with the school"), TermValues, "2024-autumn"),
        Column("students", "students", ["在校学生数", "学生数"], false, new("该学期在校学生数（填写学期时必填）", "the term's students (with a term)"), new("0 或正整数", "a whole number"), "326"),
        Column("classes", "classes", ["班级数"], false, new("该学期班级数（填写学期时必填）", "the term's classes (with a term)"), new("0 或正整数", "a whole number"), "12"),
    ]);

    public static readonly ImportSheet TermsSheet = new("terms", new("学期统计", "Term statistics"),
    [
        Column("code", "code", ["学校标识码", "学校代码"], true, new("已登记学校的标识码", "the code of a registered school"), null, "4211250001"),
        Column("term", "term", ["学期"], true, new("学期", "the term"), TermValues, "2024-autumn"),
        Column("grade", "grade", ["年级"], false, new("年级；不填则本行为全校合计", "the grade; without one the row is the school's total"), new("1–12", "1–12"), "1"),
        Column("students", "students", ["在校学生数", "学生数"], true, new("在校学生数", "students"), new("0 或正整数", "a whole number"), "54"),
        Column("classes", "classes", ["班级数"], true, new("班级数", "classes"), new("0 或正整数", "a whole number"), "2"),
    ]);

    public static readonly ImportSheet AlliancesSheet = new("alliances", new("教联体名册", "Alliance roster"),
    [
        Column("name", "name", ["教联体名称", "名称"], true, new("教联体名称", "the alliance's name"), new("最多 200 个字", "at most 200 characters"), "城关第一小学教育联合体"),
        Column("kind", "kind", ["类型", "形式"], true, new("组建形式", "the form"), new("融合型、委托管理、教育集团、名校办分校、联盟校、紧密型教育集团……", "融合型 (fused), 委托管理, 教育集团, 名校办分校, 联盟校, 紧密型教育集团, …"), "融合型"),
        Column("core", "coreSchoolCode", ["核心校标识码", "核心校代码"], true, new("核心校（牵头学校）的学校标识码", "the core (lead) school's code"), null, "4211250001"),
        Column("members", "memberSchoolCodes", ["成员校标识码", "成员校代码"], true, new("成员校的学校标识码，多个用顿号、逗号或分号分隔", "the member schools' codes, separated by 、 , or ;"), null, "4211250002、4211250003、4211250004"),
        Column("formedOn", "formedOn", ["成立日期"], true, new("成立日期", "the day it was formed"), new("日期，如 2023-05-01", "a date such as 2023-05-01"), "2023-09-01"),
        Column("agreementFiledOn", "agreementFiledOn", ["协议备案日期"], false, new("办学协议报教育局备案的日期", "the day the agreement was filed with the bureau"), new("日期", "a date"), ""),
        Column("party", "partyOrganization", ["党组织"], false, new("党组织设置", "the party organisation"), new("党委、党总支、党支部", "党委, 党总支, 党支部"), "党支部"),
    ]);

    // Exports (rosters a bureau prints).
    public static Words Yes(bool value) => value ? new("是", "yes") : new("否", "no");
    public static Words SchoolType(SchoolType type) => type switch
    {
        Domain.SchoolType.VillageSchool => new("村小", "village-school"),
        Domain.SchoolType.TeachingPoint => new("教学点", "teaching-point"),
        Domain.SchoolType.SpecialEducation => new("特殊教育", "special-education"),
        Domain.SchoolType.Vocational => new("职业", "vocational"),
        _ => new("普通", "regular"),
    };
    public static Words KindergartenDay(KindergartenDay? day) => day switch
    {
        Domain.KindergartenDay.FullDay => new("全日制", "full-day"),
        Domain.KindergartenDay.HalfDay => new("半日制", "half-day"),
        _ => Words.Same(""),
    };
    public static Words PublicOrPrivate(bool isPublic) => isPublic ? new("公办", "public") : new("民办", "private");
    public static Words Role(MembershipRole role) => role == MembershipRole.Core ? new("核心校", "core") : new("成员校", "member");
    public static Words SchoolRosterTitle => new("学校名册", "school roster");
    public static Words SchoolRosterSheet => new("学校名册", "Schools");
    public static Words SchoolRosterHeaders => new("学校标识码|学校名称|学段|城乡类别|学校类型|乡镇|办学性质|寄宿制|幼儿园类型|薄弱学校|新建学校|独立法人|所属教联体|纬度|经度",
        "Code|School|Stage|Locality|Type|Township|Public|Boarding|Kindergarten day|Weak|New|Legal person|Alliance|Latitude|Longitude");
    public static Words AllianceRosterTitle => new("教联体名册", "alliance roster");
    public static Words AllianceRosterSheet => new("教联体名册", "Alliances");
    public static Words AllianceRosterHeaders => new("教联体|形式|学段|成立日期|校区|学校标识码|角色|城乡类别|乡镇|执行校长|加入日期|独立法人",
        "Alliance|Form|Stage|Formed on|Campus|Code|Role|Locality|Township|Executive principal|Joined on|Legal person");
}

using EduPlatform.Kernel;
using EduPlatform.ServiceDefaults;
using EduPlatform.Zoning.Data;

namespace EduPlatform.Zoning;

/// <summary>
/// Everything the zoning service says to people — seat bases, plan rules, look-up answers, import errors, export sheets —
/// in the policy documents' Chinese (划片, 就近入学, 学位 …) and in English; the reader's language picks one.
/// </summary>
static class Texts
{
    public static Words Stage(string wire) => new(wire switch
    {
        "primary" => "小学", "junior" => "初中", "nine-year" => "九年一贯制", "kindergarten" => "幼儿园", "senior-high" => "高中", _ => wire,
    }, wire);

    public static Words Status(ZonePlanStatus status) => status switch
    {
        ZonePlanStatus.Draft => new("草案", "draft"),
        ZonePlanStatus.Approved => new("已批准", "approved"),
        ZonePlanStatus.Published => new("已公布", "published"),
        _ => new("已作废", "superseded"),
    };

    // Seats.
    public static Words Admits(string school, string schoolStage, IReadOnlyList<string> stages) =>
        new($"{school}（{Stage(schoolStage).Zh}）{(stages.Count == 0 ? "不参与划片招生" : $"招收{string.Join("或", stages.Select(s => Stage(s).Zh))}")}",
            $"{school} ({schoolStage}) admits {string.Join(" or ", stages.DefaultIfEmpty("no zoned stage"))}");
    public static Words PlannedByBureau => new("教育局计划", "planned by the bureau");
    public static Words LastAutumnGrade(int grade) => new($"上年秋季 {grade} 年级班数", $"last autumn's grade {grade}");
    public static Words LastAutumnSpread(int classes, int grades) => new($"上年秋季 {classes} 个班均分到 {grades} 个年级", $"last autumn's {classes} classes over {grades} grades");
    public static Words NoClasses => new("未上报也未计划班数", "no classes reported or planned");
    public static Words EntryClassesWithin => new("须为 0–40 个起始年级班。", "must be 0–40 entry classes");
    public static Words ListedTwice(string school, string stage) => new($"{school} {Stage(stage).Zh} 重复列出。", $"{school} {stage} is listed twice");
    public static Words NotASchool(Guid id) => new($"{id} 不是本县学校。", $"{id} is not a school of this county");

    // Settings (standards.md: classes of at most 45 in primary, 50 in junior).
    public static Words PrimaryClassSize(int size, int max) => new($"{size} 不在 15–{max} 之间（小学班额不超过 45 人）。", $"{size} is outside 15–{max} (primary classes of at most 45, standards.md)");
    public static Words JuniorClassSize(int size, int max) => new($"{size} 不在 15–{max} 之间（初中班额不超过 50 人）。", $"{size} is outside 15–{max} (junior classes of at most 50, standards.md)");

    // Zone plans.
    public static Words UnknownTownship(string township) => new($"{township} 不是本县任何居住单元或学校所在的乡镇。", $"{township} is not a township of any unit or school of this county");
    public static Words NoEntrants(string stage, int year) =>
        new($"{year} 年没有居住单元预计有{Stage(stage).Zh}新生；请先导入带“年份”和新生数的居住单元。", $"no residential unit expects {stage} entrants in {year}; import units with 年份 and entrants first");
    public static Words NoSeats(string stage, int year) => new($"{year} 年没有已定位且有{Stage(stage).Zh}起始年级学位的学校。", $"no school with a location has {stage} entry seats in {year}");
    public static Words NotAHotSchool(Guid id, string stage, int year) =>
        new($"{id} 不是 {year} 年有{Stage(stage).Zh}起始年级学位的已定位学校。", $"{id} is not a located school with {stage} entry seats in {year}");
    public static Words PrimaryOrJunior => new("须为 primary（小学）或 junior（初中）。", "must be primary or junior");
    public static Words SingleOrMulti => new("须为 single（单校划片）或 multi（多校划片）。", "must be single or multi");
    public static Words Within(string range) => new($"须在 {range} 之间。", $"must be {range}");
    public static Words VersionRequired => new("必填：您读取到的版本号。", "is required: the version you read");
    public static Words PlanEntity(Guid id) => new($"划片方案 {id}", $"Zone plan {id}");
    public static Words PlanNotInCounty(Guid id) => new($"本县没有划片方案 {id}。", $"Zone plan {id} is not in this county.");
    public static Words OnlyFrom(ZonePlanStatus from, ZonePlanStatus to, ZonePlanStatus now) =>
        new($"只有{Status(from).Zh}的方案可以改为{Status(to).Zh}；本方案为{Status(now).Zh}。",
            $"only a{(from == ZonePlanStatus.Approved ? "n approved" : " draft")} plan can be {WireEnum.Text(to)}; this one is {WireEnum.Text(now)}");
    public const string PublishedSource = "[003] 划片方案向社会公开（domain.md §4）";

    // Review.
    public static Words NoAutumnTerm => new("未上报秋季学期数据", "no autumn term reported");
    public static Words AutumnTerm(int year) => new($"{year} 年秋季学期", $"{year} autumn term");
    public static Words ZeroOrMore => new("须为 0 或以上。", "must be 0 or more");
    public static Words InZoneWithin(int admitted) => new($"须在 0–{admitted} 之间（片内录取人数包含在录取人数中）。", $"must be 0–{admitted} (those admitted by zone are among those admitted)");

    // Public look-up.
    public static Words CountyCode => new("必须是 6 位行政区划代码。", "must be a six-digit county code");
    public static Words AddressOrPoint => new("请填写地址或小区名称（q），或者坐标（lat 和 lon），二者选一。", "give an address or community name (q), or a coordinate (lat and lon), not both");
    public static Words QueryLength => new("最多 200 个字。", "must be at most 200 characters");
    public static Words Latitude => new("须在 −90 到 90 之间。", "must be −90 to 90");
    public static Words Longitude => new("须在 −180 到 180 之间。", "must be −180 to 180");
    public static Words Ambiguous(string query, string names) => new($"“{query}”在多个乡镇都有：{names}。请加上乡镇名再查询。", $"'{query}' exists in several townships ({names}); add the township.");
    public static Words NotFoundNear(string query, string names) => new($"未找到“{query}”对应的小区或村。最接近的是：{names}。", $"'{query}' was not found; the nearest candidates: {names}.");
    public static Words NotFound(string query) => new($"未找到“{query}”对应的小区或村。", $"'{query}' was not found.");
    public static Words AmbiguousTitle => new("地址不唯一。", "Ambiguous address.");
    public static Words NotFoundTitle => new("未找到地址。", "Address not found.");
    public static Words NotPublished(string county) => new($"县（区）{county} 尚未公布划片方案。", $"County {county} has not published catchment zones.");

    // Unit import.
    public static Words Required => new("必填。", "is required");
    public static Words AppearsInRow(string code, int row) => new($"{code} 已在第 {row} 行出现。", $"{code} already appears in row {row}");
    public static Words NotAKind(string text) => new($"“{text}”应为小区或村。", $"'{text}' is not 小区 or 村");
    public static Words NotAYear(string text) => new($"“{text}”不是年份，如 2025。", $"'{text}' is not a year such as 2025");
    public static Words YearWithEntrants => new("填写新生数时必须填写年份。", "is required when entrants are given");
    public static Words TouchesItself(string code) => new($"{code} 不能与自身相邻。", $"{code} cannot touch itself");
    public static Words UnknownNeighbour(string code) => new($"“{code}”既不在本文件中，也不是已有的居住单元。", $"'{code}' is not a unit in this file or already known");
    public static Words NotANumberWithin(string text, double min, double max) => new($"“{text}”不是 {min} 到 {max} 之间的数值。", $"'{text}' is not a number from {min} to {max}");
    public static Words NotAChildCount(string text) => new($"“{text}”不是儿童人数（整数）。", $"'{text}' is not a whole number of children");

    // Exports.
    public static Words ZonePlanTitle(int year, string stage, int number) =>
        new($"{year}年{Stage(stage).Zh}招生划片方案（第{number}版）", $"{year} {stage} catchment zones (version {number})");
    public static Words UnitKind(string kind) => kind == "village" ? new("村", "village") : new("小区", "community");
    public static Words UnitsSheet => new("划片明细", "Units");
    public static Words UnitsHeaders => new("片区|学校|编码|小区/村|类型|乡镇|预计新生|距离(米)", "Zone|Schools|Code|Community or village|Kind|Township|Expected entrants|Distance (m)");
    public static Words ZonesSheet => new("片区汇总", "Zones");
    public static Words ZonesHeaders => new("片区|学校|小区/村数|预计新生|学位|缺口", "Zone|Schools|Units|Expected entrants|Seats|Shortage");

    // Import sheets: the file's columns, the JSON rows' fields and the blank templates (GET …/templates/{name}.xlsx).
    static ImportColumn Column(string key, string field, string[] headers, bool required, Words meaning, Words? allowed = null, string sample = "") =>
        new(key, field, headers, required, meaning, allowed, sample);

    public static readonly ImportSheet UnitsImportSheet = new("units", new("居住单元", "Residential units"),
    [
        Column("code", "code", ["编码", "单元编码"], true, new("居住单元（小区或村）的编码，本县唯一", "the unit's code, unique in the county"), null, "U001"),
        Column("name", "name", ["名称", "小区名称", "村名称"], true, new("小区或村的名称", "the community or village name"), null, "清泉花园"),
        Column("kind", "kind", ["类型"], false, new("类型；不填为小区", "the kind; a community when empty"), new("小区、村", "小区, 村"), "小区"),
        Column("township", "township", ["乡镇"], false, new("所在乡镇", "the township"), null, "清泉镇"),
        Column("latitude", "latitude", ["纬度"], true, new("纬度（WGS-84）", "latitude (WGS-84)"), new("-90 到 90", "-90 to 90"), "30.4210"),
        Column("longitude", "longitude", ["经度"], true, new("经度（WGS-84）", "longitude (WGS-84)"), new("-180 到 180", "-180 to 180"), "115.2310"),
        Column("aliases", "aliases", ["别名"], false, new("其他叫法，供家长查询，用顿号分隔", "other names parents use, separated by 、"), null, "清泉小区"),
        Column("neighbours", "neighbours", ["相邻", "相邻单元"], false, new("相邻居住单元的编码，用顿号分隔（本文件中或已导入的）", "codes of adjacent units (in this file or imported before), separated by 、"), null, ""),
        Column("year", "year", ["年份"], false, new("预计新生的入学年份（填写新生数时必填）", "the year the entrants start (with entrants)"), new("如 2025", "such as 2025"), "2025"),
        Column("primary", "primaryEntrants", ["小学新生", "小学入学人数"], false, new("预计小学一年级新生数", "expected primary entrants"), new("0 或正整数", "a whole number"), "120"),
        Column("junior", "juniorEntrants", ["初中新生", "初中入学人数"], false, new("预计初中一年级新生数", "expected junior entrants"), new("0 或正整数", "a whole number"), "60"),
    ]);
}

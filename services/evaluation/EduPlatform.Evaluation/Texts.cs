using EduPlatform.Evaluation.Domain;
using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Kernel;
using EduPlatform.ServiceDefaults;

namespace EduPlatform.Evaluation;

/// <summary>
/// Everything the evaluation service says to people — balance findings, bundled-evaluation reasons (捆绑考核), reward
/// bases, import errors, export sheets — in the policy documents' Chinese and in English; the reader's language picks one.
/// </summary>
static class Texts
{
    public static Words Stage(string wire) => new(wire switch
    {
        "primary" => "小学", "junior" => "初中", "nine-year" => "九年一贯制", "kindergarten" => "幼儿园", "senior-high" => "高中", _ => wire,
    }, wire);

    public static Words Rating(string rating) => new(Ratings.Chinese.GetValueOrDefault(rating, rating), rating);

    public static Words Period(string period) => period switch
    {
        KindergartenReviews.Autumn => new("秋季过程性评估", "autumn"),
        KindergartenReviews.Spring => new("春季过程性评估", "spring"),
        _ => new("年度总结性评估", "year"),
    };

    // Bundled evaluation [001] 四(三), 三(二)2.
    public static Words SecondedTo(string school) => new($"派驻{school}", $"seconded to {school}");
    public static Words AllianceAsWhole => new("教联体整体", "the alliance as a whole");
    public static Words HelperIsHelped(Words why) => new($"帮扶校的结果即受帮扶校的结果：{why.Zh}。[001] 三(二)2", $"The helper school's result is the helped school's: {why.En}. [001] 三(二)2");
    public static Words NoMembers => new("本学年教联体没有成员校", "the alliance has no member schools in the year");
    public static Words NoScore(string school) => new($"{school}缺少本学年和上一学年的学业质量成绩", $"{school} has no academic score for this year and the year before");
    public static Words Fell(IEnumerable<(string School, double? Change)> fell) =>
        new($"{string.Join("、", fell.Select(f => $"{f.School}下降 {f.Change:0.##}"))}：有成员校质量滑坡", $"{string.Join("、", fell.Select(f => $"{f.School} fell {f.Change:0.##}"))}: a member's quality fell");
    public static Words ImprovedClearly(double weighted, double threshold) =>
        new($"成员校按学生数加权提高 {weighted:0.##} 分，达到本县“明显进步” {threshold:0.##} 分", $"members improved by {weighted:0.##} points (student-weighted), at least the county's {threshold:0.##} for clear improvement");
    public static Words ImprovedSome(double weighted, double threshold) =>
        new($"成员校按学生数加权提高 {weighted:0.##} 分，未达到本县“明显进步” {threshold:0.##} 分", $"members improved by {weighted:0.##} points (student-weighted), less than the county's {threshold:0.##} for clear improvement");
    public static Words NotImproved => new("成员校质量没有提升", "the members' quality did not improve");
    public static Words RatedExcellent(Words scope, string source) => new($"{scope.Zh}明显进步：评为优秀，{source}", $"{scope.En} improved clearly: rated excellent, {source}");
    public static Words ClearButBelow(Words scope, string rating) =>
        new($"{scope.Zh}明显进步，但学校拟定为{Rating(rating).Zh}；捆绑结果不提高合格以下的等次", $"{scope.En} improved clearly, but the school rated {rating}; the bundled result does not raise a rating below competent");
    public static Words Capped(Words scope, string source) =>
        new($"{scope.Zh}没有进步或出现滑坡：不得评为优秀，降为合格，{source}", $"{scope.En} did not improve or fell: may not be rated excellent, capped at competent, {source}");
    public static Words NoExcellentStands(Words scope, string rating) =>
        new($"{scope.Zh}没有进步或出现滑坡：不得评为优秀；维持学校拟定的{Rating(rating).Zh}", $"{scope.En} did not improve or fell: may not be rated excellent; the school's {rating} stands");
    public static Words SomeStands(Words scope) => new($"{scope.Zh}有进步但不明显：维持学校拟定的等次", $"{scope.En} improved, not clearly: the school's rating stands");
    public static Words UnknownStands(Words scope) => new($"{scope.Zh}：缺少判断进步的数据；导入前维持学校拟定的等次", $"{scope.En}: no figures to judge improvement; the school's rating stands until they are imported");
    public static Words BigProgress(double progress, double threshold, string source) =>
        new($"教学成绩提高 {progress:0.##} 分（≥ {threshold:0.##}）：优先评为优秀，{source}", $"teaching results rose {progress:0.##} points (≥ {threshold:0.##}): priority for excellent, {source}");
    public static Words TeachingDecides(double? progress, string source) =>
        new($"以教学成绩作为年度考核的重要依据（{(progress is { } p ? $"{p:0.##} 分" : "未报进步情况")}），{source}",
            $"teaching results decide the annual rating ({(progress is { } t ? $"{t:0.##} points" : "no progress reported")}), {source}");
    public static Words NoRatingsProposed(int year) => new($"{year} 学年尚未拟定年度考核等次（请先导入各校拟定等次）", $"no annual ratings have been proposed for {year} (import the schools' ratings first)");
    public static Words AllianceBlocked(string alliance, Words why) => new($"{alliance}：{why.Zh}", $"{alliance}: {why.En}");
    public static Words SecondedUnrated(string alliance, Guid person) => new($"{alliance}：派驻成员校的人员 {person} 没有拟定等次", $"{alliance}: person {person}, seconded to a member, has no proposed rating");
    public const string FinaliseSource = "[001] 四(三) 成员校的办学成效纳入年度考核";

    // Balance (2017 review).
    public static Words NoResourceFigures => new("本学年未上报资源配置数据", "no resource figures reported for the year");
    public static Words SpecialEducation => new("特殊教育学校（不纳入指标计算，2017 年评估办法）", "special-education school (left out of the indicators, 2017 review)");
    public static Words Vocational => new("职业学校（不纳入指标计算，2017 年评估办法）", "vocational school (left out of the indicators, 2017 review)");
    public static Words SmallTeachingPoint(int students, int minimum) =>
        new($"教学点，学生 {students} 人，不足 {minimum} 人（不纳入，2017 年评估办法）", $"teaching point of {students} students, under {minimum} (left out, 2017 review)");
    public static Words MeetsAll => new("7 项全部达标", "meets all 7");
    public static Words MeetsSome(int met, IEnumerable<(string Chinese, string Code, double Share, double Standard)> missed, bool passes, int needed) =>
        new($"达标 {met} 项；未达标：{string.Join("、", missed.Select(m => $"{m.Chinese}为标准 {m.Standard} 的 {m.Share:P1}"))}；"
                + (passes ? "合格（6 项达标且第 7 项不低于 85%）" : $"不合格（须 {needed} 项达标且第 7 项不低于 85%）"),
            $"meets {met} of 7; below: {string.Join(", ", missed.Select(m => $"{m.Code} at {m.Share:P1} of {m.Standard}"))}; "
                + (passes ? "passes (6 met and the seventh ≥ 85%)" : $"fails (needs {needed} met and the seventh ≥ 85%)"));

    // Kindergarten reviews [001].
    public static Words Named(IEnumerable<string> periods, DateOnly? by, string source) =>
        new($"{string.Join("、", periods.Select(p => Period(p).Zh))}无成效：通报，限 {by:yyyy-MM-dd} 前整改，{source}",
            $"no results in {string.Join(", ", periods)}: named, to put right by {by:yyyy-MM-dd}, {source}");
    public static Words Praised(bool recommendable, string source) =>
        new($"总结性评估成效显著：通报表扬{(recommendable ? "，可推荐申报示范园" : "")}，{source}",
            $"notable results in the summative review: praised{(recommendable ? " and recommendable for demonstration status" : "")}, {source}");
    public static Words StillToDo(IEnumerable<string> periods) =>
        new($"尚待评估：{string.Join("、", periods.Select(p => Period(p).Zh))}", $"reviews still to do: {string.Join(", ", periods)}");
    public static Words ReviewedPlain => new("已评估，无显著成效", "reviewed; no notable results");
    public static Words NotAPeriod(string period) => new($"“{period}”应为 autumn、spring（过程性评估）或 year（总结性评估）。", $"'{period}' is not autumn, spring (process reviews) or year (the summative review)");
    public static Words NotAPilot(Guid school, int year) =>
        new($"{school} 不是 {year} 学年领航共建或学前教联体的幼儿园。", $"{school} is not a kindergarten of a pilot (领航共建) or kindergarten alliance in {year}");
    public static Words NotAResult(string? result) => new($"“{result}”应为 notable（成效显著）、satisfactory（合格）或 no-results（无成效）。", $"'{result}' is not notable, satisfactory or no-results");
    public static Words Required => new("必填。", "is required");
    public static Words NoReviews => new("至少列出一条评估结果。", "lists at least one review");

    // Districts, rewards, settings.
    public static Words AppearsTwice(string name) => new($"“{name}”重复出现。", $"'{name}' appears twice");
    public static Words NotASchool(Guid id) => new($"{id} 不是本县学校。", $"{id} is not a school of this county");
    public static Words InDistrict(Guid school, string district) => new($"{school} 已在学区{district}中。", $"{school} is already in district {district}");
    public static Words FundRequired => new("必填：本学年奖励资金（元），须大于 0。", "is required: the year's reward fund in yuan, above 0");
    public static Words ExchangedShare(double share) =>
        new($"{share} 不在 0–0.60 之间：单位奖励中给交流教师的部分不超过 60% [001] 四(四)3。", $"{share} is outside 0–0.60: at most 60% of a unit's award goes to its exchanged teachers [001] 四(四)3");
    public static Words NotAnAlliance(Guid id, int year) => new($"{id} 不是本县 {year} 学年的教联体。", $"{id} is not an alliance of the county in {year}");
    public static Words AwardAboveZero(Guid id) => new($"{id} 的奖励须大于 0。", $"the award of {id} must be above 0");
    public static Words AwardsExceedFund(long sum, long fund) => new($"各单位奖励合计 {sum}，超过奖励资金 {fund}。", $"the awards add up to {sum}, more than the fund of {fund}");
    public static Words NamedByBureau => new("教育局确定的先进单位", "units named by the bureau");
    public static Words NoAllianceToRank(int year) => new($"{year} 学年没有可排名的教联体数据；请指定先进单位。", $"no alliance has figures to rank for {year}; name the advanced units");
    public static Words TopOfRanking(int top) => new($"综合排名前 {top} 名，按得分比例分配", $"the top {top} of the composite ranking, in proportion to their scores");
    public static Words RewardEntity(int year) => new($"{year} 学年奖励分配", $"The {year} reward split");
    public static Words NoRewardSplit(int year) => new($"{year} 学年尚未分配奖励。", $"No reward split for {year}.");
    public static Words NoReport(string kind, int year, IEnumerable<string> kinds) =>
        new($"{year} 学年没有“{kind}”报表（可用：{string.Join("、", kinds)}；奖励须先分配）。", $"No {kind} report for {year} (kinds: {string.Join(", ", kinds)}; rewards once split).");
    public static Words NotAMethod(string method) => new($"“{method}”应为 quality2017（2017 年优质均衡评估）或 composite2012（2012 年综合差异系数）。", $"'{method}' is not quality2017 (the 2017 review) or composite2012 (the 2012 composite preset)");
    public static Words PointsRange(double points) => new($"{points} 须大于 0 且不超过 100 分。", $"{points} must be above 0 and at most 100 points");
    public static Words DaysRange(int days) => new($"{days} 不在 1–365 天之间。", $"{days} is outside 1–365 days");
    public static Words UnitsRange(int units) => new($"{units} 不在 1–100 之间。", $"{units} is outside 1–100");
    public static Words NotADimension(string name, IEnumerable<string> dimensions) => new($"“{name}”不是评价维度；可用：{string.Join("、", dimensions)}。", $"'{name}' is not a dimension; use {string.Join(", ", dimensions)}");
    public static Words WeightsSum(decimal sum) => new($"各权重须不小于 0 且合计为 1（现合计 {sum:0.###}）。", $"weights must be 0 or more and add up to 1 (they add up to {sum:0.###})");

    // Imports.
    public static Words UnknownSchool(string code) => new($"“{code}”不是本县评价服务已知的学校。", $"'{code}' is not a school of this county evaluation knows");
    public static Words NotASchoolYear(string text) => new($"“{text}”不是学年，如 2024（以开学年份表示）。", $"'{text}' is not a school year such as 2024 (the year it starts)");
    public static Words NotAStudentCount(string text) => new($"“{text}”不是学生人数。", $"'{text}' is not a number of students");
    public static Words StudentsRequired(string school, int year, bool nineYear) =>
        new($"必填：{school}没有 {year} 年秋季学期数据可供取用{(nineYear ? "（九年一贯制学校须分学段填写学生数）" : "")}。",
            $"is required: {school} has no {year} autumn statistics to take it from{(nineYear ? " (a nine-year school gives each stage's students)" : "")}");
    public static Words SevenTogether => new("7 项资源配置数据须同时填写或同时不填。", "the seven resource figures are given together or not at all");
    public static Words NotANumberUpTo(string text, double max) => new($"“{text}”不是 0 到 {max} 之间的数值。", $"'{text}' is not a number from 0 to {max}");
    public static Words AppearsInRow(string what, int row) => new($"{what} 已在第 {row} 行出现。", $"{what} already appears in row {row}");
    public static Words NotAFiguresStage(string text) => new($"“{text}”应为小学、初中、幼儿园或高中。", $"'{text}' is not 小学, 初中, 幼儿园 or 高中");
    public static Words WrongStage(string school, string schoolStage, string stage) =>
        new($"{school}是{Stage(schoolStage).Zh}学校，不是{Stage(stage).Zh}。", $"{school} is a {schoolStage} school, not {stage}");
    public static Words NineYearNeedsStage(string school) => new($"{school}是九年一贯制学校，须填学段：分小学、初中两行。", $"is required for {school}, a nine-year school: give 小学 and 初中 rows");
    public static Words NotAPersonId(string text) => new($"“{text}”不是交流轮岗服务名册中的人员标识。", $"'{text}' is not a person id from rotation's roster");
    public static Words NotACountySchool(string code) => new($"“{code}”不是本县学校。", $"'{code}' is not a school of this county");
    public static Words NotARole(string text) => new($"“{text}”应为校长、副校长、中层或教师。", $"'{text}' is not 校长, 副校长, 中层 or 教师");
    public static Words NotARating(string text) => new($"“{text}”应为优秀、合格、基本合格或不合格。", $"'{text}' is not 优秀, 合格, 基本合格 or 不合格");
    public static Words NotAProgress(string text) => new($"“{text}”不是 -100 到 100 之间的分数变化。", $"'{text}' is not a change in points from -100 to 100");

    // Exports.
    public static Words Yes(bool? value) => value switch { true => new("是", "yes"), false => new("否", "no"), null => Words.Same("") };
    public static Words ScopeName(string scope) => scope switch { "county" => new("全县", "county"), "alliance" => new("教联体", "alliance"), _ => new("学区", "district") };
    public static Words Outcome(Improvement outcome) => outcome switch
    {
        Improvement.Clear => new("明显进步", "clear improvement"),
        Improvement.Some => new("有进步", "some improvement"),
        Improvement.None => new("没有进步", "no improvement"),
        Improvement.Decline => new("滑坡", "decline"),
        _ => new("缺少数据", "no figures"),
    };
    public static Words Cycle(string cycle) => cycle == "senior-high-pair" ? new("普通高中结对帮扶", "senior-high pairing") : new("捆绑评价", "bundled evaluation");
    public static Words BalanceTitle(int year) => new($"{year}学年义务教育优质均衡发展指标", $"{year} balanced-development indicators");
    public static Words CoefficientSheet => new("差异系数", "Coefficients");
    public static Words CoefficientHeaders => new("范围|名称|学段|指标|单位|标准|加权均值|差异系数|未加权差异系数(参考)|限值|是否达标",
        "Scope|Name|Stage|Indicator|Unit|Standard|Weighted mean|Coefficient|Unweighted coefficient (reference)|Limit|Passes");
    public static Words SummarySheet => new("汇总", "Summary");
    public static Words SummaryHeaders => new("范围|名称|学段|学校数|在校生数|达标学校数|综合差异系数(2012)|综合限值(2012)|是否达标",
        "Scope|Name|Stage|Schools|Students|Schools passing|Composite coefficient (2012)|Composite limit (2012)|Passes");
    public static Words SchoolsSheet => new("学校达标情况", "Schools");
    public static Words SchoolsHeadersBefore => new("学校|学段|在校生数", "School|Stage|Students");
    public static Words SchoolsHeadersAfter => new("达标项数|最低项达标比例|是否达标|说明", "Indicators met|Weakest share|Passes|Explanation");
    public static Words ExcludedSheet => new("未纳入计算学校", "Left out");
    public static Words ExcludedHeaders => new("学校|学段|原因", "School|Stage|Reason");
    public static Words RotationSheet => new("交流轮岗", "Rotation");
    public static Words RotationHeaders => new("已批准方案数|应交流教师数|交流教师数|交流比例|达到10%|骨干教师数|骨干比例|达到20%",
        "Approved plans|Eligible teachers|Rotating teachers|Share|Meets 10%|Rotating backbone|Backbone share|Meets 20%");
    public static Words BundledTitle(int year) => new($"{year}学年教联体捆绑评价", $"{year} bundled evaluation");
    public static Words BundledSheet => new("捆绑评价结果", "Bundled results");
    public static Words BundledHeaders => new("教联体|评价类型|整体结果|加权变化(分)|成员校|上年成绩|本年成绩|变化(分)|成员校结果|学生增量|回流学生|派驻人数",
        "Alliance|Kind|Result|Weighted change|Member school|Last year|This year|Change|Member result|Student growth|Returning students|Seconded");
    public static Words RatingsSheet => new("年度考核等次", "Annual ratings");
    public static Words RatingsHeaders => new("教联体|姓名|人员标识|岗位|依据|拟定等次|确定等次|是否限定|优先评优|说明",
        "Alliance|Name|Person id|Role|Basis|Proposed|Final|Capped|Priority for excellent|Explanation");
    public static Words RankingTitle(int year) => new($"{year}学年教联体综合排名", $"{year} alliance ranking");
    public static Words RankingSheet => new("综合排名", "Ranking");
    public static Words RankingHeaders => new("名次|教联体|综合得分", "Rank|Alliance|Composite");
    public static Words Dimension(string dimension, double weight) =>
        new($"{Domain.Rankings.CompositeRanking.Chinese[dimension]}(权重{weight:0.##})", $"{dimension} (weight {weight:0.##})");
    public static Words RewardsTitle(int year) => new($"{year}学年奖励分配", $"{year} reward split");
    public static Words RewardsSheet => new("奖励分配", "Rewards");
    public static Words RewardsHeaders => new("教联体|奖励金额(元)|交流教师部分(元)|单位部分(元)|交流教师人数", "Alliance|Award (yuan)|To exchanged teachers|To the unit|Exchanged teachers");
    public static Words PeopleRewardsSheet => new("交流教师奖励", "Teacher rewards");
    public static Words PeopleRewardsHeaders => new("教联体|人员标识|姓名|金额(元)", "Alliance|Person id|Name|Amount (yuan)");

    // Import sheets: the file's columns, the JSON rows' fields and the blank templates (GET …/templates/{name}.xlsx).
    static ImportColumn Column(string key, string field, string[] headers, bool required, Words meaning, Words? allowed = null, string sample = "") =>
        new(key, field, headers, required, meaning, allowed, sample);

    static readonly Words NumberValue = new("0 或以上的数值", "a number, 0 or more");
    static readonly Words PercentValue = new("0–100（可带 %）", "0–100 (a % sign is allowed)");
    static Words ResourceMeaning(string what) => new($"{what}（7 项资源配置数据须同时填写或同时不填）", $"{what} (the seven resource figures are given together or not at all)");

    public static readonly ImportSheet FiguresSheet = new("figures", new("学校年度数据", "School figures"),
    [
        Column("school", "schoolCode", ["学校标识码"], true, new("学校标识码", "the school code"), null, "4211250001"),
        Column("year", "schoolYear", ["学年", "年份"], true, new("学年（以开学年份表示）", "the school year (the year it starts)"), new("如 2024", "such as 2024"), "2024"),
        Column("stage", "stage", ["学段"], false, new("学段；九年一贯制学校分小学、初中两行", "the stage; a nine-year school gives 小学 and 初中 rows"), new("小学、初中、幼儿园、高中", "小学, 初中, 幼儿园, 高中"), "小学"),
        Column("students", "students", ["在校生数", "在校学生数"], false, new("在校生数；不填则取秋季学期统计", "students; from the autumn term when empty"), new("正整数", "a whole number"), "326"),
        Column("teachers", "teachers", ["专任教师数"], false, new("专任教师数", "full-time teachers"), NumberValue, "22"),
        Column("qualified", "qualifiedTeachers", ["高于规定学历教师数"], false, ResourceMeaning("高于规定学历教师数"), NumberValue, "15"),
        Column("backbone", "backboneTeachers", ["县级以上骨干教师数"], false, ResourceMeaning("县级以上骨干教师数"), NumberValue, "4"),
        Column("peArts", "peArtsTeachers", ["体育艺术专任教师数"], false, ResourceMeaning("体育、艺术（美术、音乐）专任教师数"), NumberValue, "3"),
        Column("teachingArea", "teachingArea", ["教学及辅助用房面积"], false, ResourceMeaning("教学及辅助用房面积（平方米）"), NumberValue, "1800"),
        Column("sportsArea", "sportsArea", ["体育运动场馆面积"], false, ResourceMeaning("体育运动场馆面积（平方米）"), NumberValue, "3200"),
        Column("equipment", "equipmentValue", ["教学仪器设备值"], false, ResourceMeaning("教学仪器设备值（元）"), NumberValue, "820000"),
        Column("multimedia", "multimediaClassrooms", ["网络多媒体教室数"], false, ResourceMeaning("网络多媒体教室数"), NumberValue, "8"),
        Column("academic", "academicScore", ["学业质量", "质量监测成绩"], false, new("学业质量监测成绩", "the academic quality score"), PercentValue, "78.5"),
        Column("consolidation", "consolidationRate", ["巩固率"], false, new("巩固率", "the retention rate"), PercentValue, "99.2"),
        Column("satisfaction", "parentSatisfaction", ["家长满意率", "满意度"], false, new("家长满意率", "parent satisfaction"), PercentValue, "92"),
        Column("recognition", "socialRecognition", ["社会认可度"], false, new("社会认可度", "social recognition"), PercentValue, "88"),
        Column("returning", "returningStudents", ["回流学生数"], false, new("从城区回流的学生数", "students who came back from town schools"), NumberValue, "6"),
    ]);

    public static readonly ImportSheet RatingsImportSheet = new("ratings", new("年度考核拟定等次", "Proposed annual ratings"),
    [
        Column("person", "personId", ["人员标识"], true, new("交流轮岗服务名册中的人员标识", "the person's id in rotation's roster"), null, "0197d2a4-5b6c-7d8e-9f00-112233445566"),
        Column("name", "name", ["姓名"], true, new("姓名", "the name"), null, "李明"),
        Column("school", "schoolCode", ["学校标识码"], true, new("所在学校的标识码", "the school's code"), null, "4211250001"),
        Column("role", "role", ["岗位", "岗位类别"], true, new("岗位", "the post"), new("校长、副校长、中层、教师", "校长, 副校长, 中层, 教师"), "教师"),
        Column("rating", "rating", ["拟定等次", "考核等次"], true, new("学校拟定的年度考核等次", "the rating the school proposes"), new("优秀、合格、基本合格、不合格", "优秀, 合格, 基本合格, 不合格"), "合格"),
        Column("progress", "teachingProgress", ["教学成绩进步"], false, new("教学成绩提高的分数（结对帮扶高中的派驻教师）", "points the teaching results rose (seconded senior-high teachers)"), new("-100 到 100", "-100 to 100"), ""),
    ]);
    public static Words PostRole(string role) => role switch
    {
        PostRoles.Principal => new("校长", role),
        PostRoles.VicePrincipal => new("副校长", role),
        PostRoles.MiddleManager => new("中层干部", role),
        PostRoles.Teacher => new("教师", role),
        _ => Words.Same(role),
    };
    public static Words Basis(string basis) => basis switch
    {
        "seconded" => new("派驻成员校", basis),
        "core-principal" => new("牵头学校校长", basis),
        "core-leadership" => new("牵头学校领导班子", basis),
        "school" => new("学校拟定", basis),
        _ => Words.Same(basis),
    };
}

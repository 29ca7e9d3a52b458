using EduPlatform.Kernel;

namespace EduPlatform.Organization.Planning;

/// <summary>What the formation proposals say to the bureau, in Chinese and English.</summary>
static class FormationTexts
{
    public static Words TooFarFromEveryCore(string school, double km) =>
        new($"{school}距所有可作核心校的学校都超过 {km:0.#} 公里，无法就近编入；可放宽距离上限，或另定核心校。",
            $"{school} is more than {km:0.#} km from every school that can lead; raise the travel limit or name another core.");
    public static Words Excluded(string school) => new($"{school}按教育局要求不纳入本方案。", $"{school} was left out by the bureau.");
    public static Words NoLocation(string school) =>
        new($"{school}没有经纬度，无法计算距离；请在学校信息中补填。", $"{school} has no latitude and longitude; add them to its register entry.");
    public static Words NotEligible(string school, bool isPublic) => isPublic
        ? new($"{school}既不具备核心校条件，也不具备成员校条件（成员校须为乡村、镇区、薄弱或新建学校）；不能编入。",
            $"{school} qualifies neither to lead nor to join (members are rural, town, weak or new schools).")
        : new($"{school}是民办学校，不纳入融合型教联体（由县民管办直接管理）。", $"{school} is private and stays out of fused alliances.");
    public static Words NoFit(string school) =>
        new($"{school}在距离上限、规模限制和其他学校的编组下无法编入任何教联体；可放宽距离上限，或指定它的核心校。",
            $"{school} fits no alliance within the travel limit and size limits; raise the limit or pin it to a core.");
    public static Words CoreNotNeeded(string school) =>
        new($"{school}可作核心校，但成员校已由其他核心校带满，本方案未用它牵头。",
            $"{school} could lead, but the members are all placed with other cores.");
    public static Words NotEnoughCores(int members, int cores, int max, int needed) =>
        new($"待编入的成员校 {members} 所，可作核心校的城区优质学校只有 {cores} 所，每个教联体最多 {max} 所成员校，至多容纳 {(long)cores * max} 所；至少需要 {needed} 所核心校。",
            $"{members} schools are to join but only {cores} can lead, each with at most {max} members ({(long)cores * max} places); at least {needed} cores are needed.");
    public static Words NotEnoughMembers(int pinned, int min, int members) =>
        new($"指定了 {pinned} 所核心校，每个至少 {min} 所成员校，但可编入的成员校只有 {members} 所。",
            $"{pinned} cores are pinned, each needing at least {min} members, but only {members} schools can join.");
    public static Words NoGrouping(double km) =>
        new($"在 {km:0.#} 公里距离上限和规模限制下，不存在满足全部规则的编组；可放宽距离上限、调整指定项，或增加核心校。",
            $"No grouping satisfies every rule within {km:0.#} km and the size limits; raise the limit, change the pins, or add cores.");
    public static Words NoneInTime(TimeSpan limit) =>
        new($"在 {limit.TotalSeconds:0} 秒内未找到编组；可延长求解时间。", $"No grouping was found within {limit.TotalSeconds:0} s; allow more time.");
    public static Words CannotLead(string school) =>
        new($"{school}不能作核心校（须为城区公办优质学校，且未被认定为薄弱或新建）。", $"{school} cannot lead (an urban public quality school is required).");
    public static Words CannotJoin(string school, string core, double km) =>
        new($"{school}不能编入{core}：不具备成员校条件，或距离超过 {km:0.#} 公里。", $"{school} cannot join {core}: not a qualified member, or farther than {km:0.#} km.");
}

/// <summary>What the district proposals say, in Chinese and English.</summary>
static class DistrictTexts
{
    public static Words HeadsNeeded(int districts) =>
        new($"需要 {districts} 所学区长学校（每个学区一所，且须为本学段、有经纬度的学校）。", $"{districts} head schools are needed, one per district, of this stage and located.");
    public static Words HeadsInOneTownship => new("学区长学校须在不同乡镇（以整乡镇划入学区）。", "The head schools must be in different townships (districts take whole townships).");
    public static Words TownshipCount(int townships, int districts, int min, int max) =>
        new($"共 {townships} 个乡镇，分为 {districts} 个学区、每个学区 {min}–{max} 个乡镇无法做到；请调整学区数。",
            $"{townships} townships cannot make {districts} districts of {min}–{max} townships each; change the number of districts.");
    public static Words Unreachable(IEnumerable<string> townships) =>
        new($"以下乡镇与任何学区长学校所在乡镇都不相连：{string.Join("、", townships)}；请补充乡镇相邻关系。",
            $"These townships connect to no head's township: {string.Join(", ", townships)}; give the township borders.");
    public static Words NoPartition => new("在乡镇数和相连的要求下不存在划分方案；可调整学区数、学区长学校或乡镇相邻关系。",
        "No partition meets the township counts and contiguity; change the districts, heads or borders.");
    public static Words NoneInTime => new("限时内未找到划分方案；可延长求解时间。", "No partition was found in time; allow more time.");
}

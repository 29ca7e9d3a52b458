namespace EduPlatform.Organization.Domain;

/// <summary>The composition presets a county can pick, each from its policy text (domain.md §1).</summary>
public static class AlliancePolicyPresets
{
    public const string National = "national";
    public const string Xishui = "xishui";
    public const string Tuanfeng = "tuanfeng";
    public const string Wolong = "wolong";

    static readonly AllianceKind[] AllKinds = Enum.GetValues<AllianceKind>();

    // 与农村学校、薄弱学校或新建学校联合办学 [002]; 城联乡 [000][003]: rural and town schools join as they are, an urban one
    // only when the bureau designates it weak or new.
    static readonly Locality[] RuralAndTown = [Locality.Town, Locality.Rural];
    const string MemberSource = "[002] 以1所优质学校为核心，与农村学校、薄弱学校或新建学校联合办学";

    // Wolong's forms, each with its own numbers [001].
    static readonly Dictionary<AllianceKind, KindRule> WolongKinds = new()
    {
        // 每所领航幼儿园承担3-5所共建幼儿园的帮扶任务 [001]; the lead is a demonstration kindergarten, not necessarily urban.
        [AllianceKind.KindergartenPilot] = new KindRule { MinMembers = 3, MaxMembers = 5, Stages = [Stage.Kindergarten], Source = "[001] 学前教育领航共建：每所领航幼儿园承担3-5所共建幼儿园的帮扶任务" },
        // 原则上1所优质示范性高中帮扶1-2所薄弱和新建高中 [001].
        [AllianceKind.SeniorHighPairing] = new KindRule { MinMembers = 1, MaxMembers = 2, Stages = [Stage.SeniorHigh], MemberLocalities = [], Source = "[001] 普通高中1+1：1所优质示范性高中帮扶1-2所薄弱和新建高中" },
        // 乡镇中心小学与小规模学校一体化: the core is the township central primary, which is not urban [001].
        // 各乡镇…建立1-3个一体化发展教育联盟 [001].
        [AllianceKind.TownshipLeague] = new KindRule { MinMembers = 1, Stages = [Stage.Primary, Stage.NineYear], MemberLocalities = RuralAndTown, MemberSource = MemberSource, MaxPerTownship = 3, MembersInCoreTownship = true, Source = "[001] 乡镇中心小学一体化教育联盟：各乡镇建立1-3个一体化发展教育联盟" },
        [AllianceKind.CloseKnitGroup] = new KindRule { MinMembers = 1, RequireUrbanCore = true, MemberLocalities = RuralAndTown, MemberSource = MemberSource, Source = "[001] 中心城区紧密型教育集团" },
        [AllianceKind.HandInHandLeague] = new KindRule { MinMembers = 1, RequireUrbanCore = true, MemberLocalities = RuralAndTown, MemberSource = MemberSource, Source = "[001] 城乡手拉手对口帮扶：中心城区学校帮扶乡镇学校" },
    };

    public static IReadOnlyList<string> Names { get; } = [National, Xishui, Tuanfeng, Wolong];

    public static AlliancePolicy? Find(string name) => name.ToLowerInvariant() switch
    {
        National => new AlliancePolicy
        {
            Preset = National,
            RequireSameStage = true,
            AllowNineYearInPrimaryOrJunior = true,
            OneAllianceOfKindAtATime = true,
            AllowedKinds = AllKinds,
            DefaultRule = new KindRule { MinMembers = 1, RequireUrbanCore = true, MemberLocalities = RuralAndTown, MemberSource = MemberSource, Source = "[000][002][003] 城联乡、强联弱：1所城区优质学校牵头，至少1所成员校" },
            KindRules = WolongKinds,
        },
        // 教联体是由1所优质城区学校和3至5所薄弱乡村学校组成 [000].
        Xishui => new AlliancePolicy
        {
            Preset = Xishui,
            RequireSameStage = true,
            AllowNineYearInPrimaryOrJunior = true,
            OneAllianceOfKindAtATime = true,
            AllowedKinds = [AllianceKind.Fused],
            DefaultRule = new KindRule { MinMembers = 3, MaxMembers = 5, RequireUrbanCore = true, MemberLocalities = RuralAndTown, MemberSource = MemberSource, Source = "[000] 1所优质城区学校和3至5所薄弱乡村学校" },
        },
        // 成员学校数量原则上不超过5所…1所优质学校为核心校…与其他3至4所乡村义务教育学校 [003].
        Tuanfeng => new AlliancePolicy
        {
            Preset = Tuanfeng,
            RequireSameStage = true,
            AllowNineYearInPrimaryOrJunior = true,
            OneAllianceOfKindAtATime = true,
            AllowedKinds = [AllianceKind.Fused],
            DefaultRule = new KindRule { MinMembers = 3, MaxMembers = 4, MaxSchools = 5, RequireUrbanCore = true, MemberLocalities = RuralAndTown, MemberSource = MemberSource, Source = "[003] 不超过5所: 1所核心校 + 3至4所乡村学校" },
        },
        Wolong => new AlliancePolicy
        {
            Preset = Wolong,
            RequireSameStage = true,
            AllowNineYearInPrimaryOrJunior = true,
            OneAllianceOfKindAtATime = true,
            AllowedKinds = [AllianceKind.CloseKnitGroup, AllianceKind.HandInHandLeague, AllianceKind.TownshipLeague, AllianceKind.KindergartenPilot, AllianceKind.SeniorHighPairing],
            DefaultRule = new KindRule { MinMembers = 1, RequireUrbanCore = true, MemberLocalities = RuralAndTown, MemberSource = MemberSource, Source = "[001]" },
            KindRules = WolongKinds,
        },
        _ => null,
    };
}

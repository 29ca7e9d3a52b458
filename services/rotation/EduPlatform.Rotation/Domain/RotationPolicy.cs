using EduPlatform.Rotation.Domain.Planning;

namespace EduPlatform.Rotation.Domain;

/// <summary>Which exemptions a county applies (domain.md §3, [001] 以下人员可暂不纳入交流范围 (1)–(6)).</summary>
public sealed record ExemptionRules
{
    /// <summary>(1) a principal less than one term in post.</summary>
    public bool PrincipalFirstTerm { get; init; }
    /// <summary>(2) men over this age (周岁) are exempt; null = no age exemption.</summary>
    public int? MenOverAge { get; init; }
    /// <summary>(2) women over this age (周岁) are exempt; null = no age exemption.</summary>
    public int? WomenOverAge { get; init; }
    /// <summary>(3) lead of a featured course or city-level research project, with the bureau's approval.</summary>
    public bool FeaturedCourseLead { get; init; }
    /// <summary>(4) pregnancy or nursing.</summary>
    public bool PregnancyOrNursing { get; init; }
    /// <summary>(5) certified illness.</summary>
    public bool CertifiedIllness { get; init; }
    /// <summary>(6) 2+ other schools for 3+ years each, or an urban teacher with 6+ years in rural schools; null = not applied.</summary>
    public ExperienceExemption? Experienced { get; init; }
    /// <summary>
    /// A county's own addition (对暂不纳入交流轮岗的对象，由区教体局结合实际确定 [001]): (1) names principals (校长任职不满一届),
    /// so vice-principals are covered only where the county says so.
    /// </summary>
    public bool FirstTermCoversVicePrincipals { get; init; }
    /// <summary>A county's own addition: (2) names teachers (男教师、女教师), so principals and vice-principals only where the county says so.</summary>
    public bool AgeCoversCadres { get; init; }
}

public sealed record ExperienceExemption(int OtherSchools, int YearsEach, int UrbanTeacherRuralYears);

/// <summary>How long a rotated person stays at the receiving campus, by stage and subject [003], and by role [001].</summary>
public sealed record MinimumStayRules
{
    /// <summary>Cadres (principals, vice-principals, middle managers) at least this many years [001].</summary>
    public required int CadreYears { get; init; }
    /// <summary>Teachers at least this many years unless a stage or subject rule says more [001].</summary>
    public required int TeacherYears { get; init; }
    /// <summary>Years by stage, e.g. kindergarten and primary 3 [003].</summary>
    public IReadOnlyDictionary<string, int> ByStage { get; init; } = new Dictionary<string, int>();
    /// <summary>Years by subject within a stage, e.g. junior physics 2 [003]; key "stage:subject".</summary>
    public IReadOnlyDictionary<string, int> ByStageSubject { get; init; } = new Dictionary<string, int>();
    /// <summary>Scarce-subject teachers may teach itinerant instead of a fixed stay [003].</summary>
    public bool ScarceSubjectsItinerant { get; init; }
    /// <summary>The text that lets them (团风 [003]; 浠水 [000]).</summary>
    public string ItinerantSource { get; init; } = "[003] 紧缺学科…可以实行走教制度";
}

/// <summary>
/// A senior-high 1+1 pair's exchange [001]: 结对学校互派学科教师到对方学校任教，原则上文化课教师每学科不少于1人，交流任教时间
/// 不低于1年; 互派的教师要有高三年级教学经验 — each way, every academic subject, teachers who have taught senior three.
/// </summary>
public sealed record PairRules(IReadOnlyList<Subject> Subjects, int PerSubject)
{
    public const string Source = "[001] 结对学校互派学科教师，原则上文化课教师每学科不少于1人，交流任教时间不低于1年；互派的教师要有高三年级教学经验";

    /// <summary>文化课 of the senior high school.</summary>
    public static readonly PairRules Wolong = new(
        [Subject.Chinese, Subject.Maths, Subject.English, Subject.Physics, Subject.Chemistry, Subject.Biology, Subject.Ideology, Subject.History, Subject.Geography], 1);

    public static bool Qualifies(Person p, Subject subject) =>
        p.Role == PersonRole.Teacher && p.Stage == "senior-high" && p.Subjects.Contains(subject) && p.Statuses.Contains(PersonStatus.SeniorThreeExperience);
}

/// <summary>The close-knit group's team rule [001]: what the lead school sends each member, and what comes back.</summary>
public sealed record TeamRules
{
    public required int ManagementTeamMin { get; init; }
    public required int JuniorBackboneMin { get; init; }
    public required int PrimaryBackbonePerBandMin { get; init; }
    public required IReadOnlyList<Subject> PrimaryRequiredSubjects { get; init; }
}

/// <summary>
/// A county's rotation policy: who must rotate, who is exempt, how long people stay, how many rotate, and the forms
/// that require teams and reciprocity. Presets come from the seeds; a county may override any value.
/// </summary>
public sealed record RotationPolicy
{
    public required string Preset { get; init; }
    /// <summary>Teachers rotate after this many consecutive years at one school [001][003]; locally set, 6 in the seeds.</summary>
    public required int TeacherYearsAtSchool { get; init; }
    /// <summary>Principals and vice-principals rotate after this many full terms [001][003][national 2014].</summary>
    public required int PrincipalTermsBeforeRotation { get; init; }
    /// <summary>Length of a principal's term in years (set locally; used for "two terms" and "less than one term").</summary>
    public required int PrincipalTermYears { get; init; }
    /// <summary>…or after this many years at one school, whichever comes first [001] (两届或6年).</summary>
    public int? PrincipalYearsAtSchool { get; init; }
    /// <summary>County-town recruits serve at a rural school within this many years of hire [002]; null = no such rule.</summary>
    public int? CountyTownRecruitRuralWithinYears { get; init; }
    /// <summary>New recruits spend this many years at the core school, then serve at a township campus [003]; null = no such rule.</summary>
    public int? RecruitCoreYears { get; init; }
    public int RecruitTownshipYears { get; init; }
    public required ExemptionRules Exemptions { get; init; }
    public required MinimumStayRules MinimumStay { get; init; }
    /// <summary>At least this share of eligible teachers rotates each year [national 2014: 10%].</summary>
    public required decimal MinShareOfEligible { get; init; }
    /// <summary>Backbone teachers at least this share [national 2014: 20%; Hubei 30% [002]].</summary>
    public required decimal BackboneMinShare { get; init; }
    /// <summary>Whether the backbone share is of those rotating (the national text) or of those eligible (some provinces).</summary>
    public required BackboneShareBase BackboneShareBase { get; init; }
    /// <summary>Alliance kinds whose members send matching people back [001] (close-knit group).</summary>
    public IReadOnlySet<string> ReciprocalKinds { get; init; } = new HashSet<string>();
    /// <summary>Alliance kinds with the lead school's team rule [001].</summary>
    public IReadOnlySet<string> TeamKinds { get; init; } = new HashSet<string>();
    public TeamRules? Team { get; init; }
    /// <summary>Alliance kinds whose urban school sends its members a number of teachers each year (Wolong's hand-in-hand leagues [001]).</summary>
    public IReadOnlyDictionary<string, SendRange> LeagueSends { get; init; } = new Dictionary<string, SendRange>();
    /// <summary>
    /// Alliance kinds whose lead school's teachers serve the members itinerant (走教), as many as the members' curriculum
    /// needs ask, beyond the share (Wolong's township leagues [001]).
    /// </summary>
    public IReadOnlySet<string> ItinerantKinds { get; init; } = new HashSet<string>();
    /// <summary>Alliance kinds that exchange teachers subject by subject (Wolong's senior-high 1+1 pairs [001]), and how.</summary>
    public IReadOnlyDictionary<string, PairRules> PairKinds { get; init; } = new Dictionary<string, PairRules>();
    /// <summary>A typical exchange term in years [000][003].</summary>
    public required int ExchangeYears { get; init; }
    /// <summary>Cadre nominations reach the bureau in this window (month-day) [001]; null = no window.</summary>
    public DateWindow? CadreNominationWindow { get; init; }
    /// <summary>
    /// Localities whose schools count as rural (乡村). The texts say 乡村 / 农村 [001][002]; 镇区 counts only where the
    /// county says so (<see cref="RotationSettings.TownCountsAsRural"/>).
    /// </summary>
    public IReadOnlySet<string> RuralLocalities { get; init; } = Localities.Rural;
    /// <summary>Backbone teachers at least this share of the teachers rotating to rural schools each year [002: 30%]; null = no such rule.</summary>
    public decimal? RuralBoundBackboneMinShare { get; init; }
    /// <summary>How a rotation's term is set: the exchange term (never below the minimum stay), or the minimum stay itself.</summary>
    public TermBasis TermBasis { get; init; } = TermBasis.ExchangeTerm;
    /// <summary>
    /// Working days a plan's list is publicly noticed (公示) before approval. No seed sets it; 5 working days is the usual
    /// least for personnel notices (党政领导干部选拔任用工作条例: 公示期不少于五个工作日); a county setting, 0–30.
    /// </summary>
    public int NoticeWorkingDays { get; init; } = 5;
    /// <summary>
    /// Whether a core school may also send teachers to rural campuses outside its own alliance. The national text is
    /// county-wide (关于推进县(区)域内…交流轮岗的意见 [national 2014]; [003] 县教育局和教联体对县域内…人员统配); the
    /// alliance is where the seeds move people, so the county opens this itself.
    /// </summary>
    public bool CrossAllianceMoves { get; init; }
    /// <summary>How itinerant (走教) teachers' weekly travel is estimated and paid (<see cref="ItineraryRules"/>).</summary>
    public ItineraryRules Itinerary { get; init; } = new();
}

/// <summary>
/// Itinerant timetables' travel. No seed gives a number: the road detour over the straight line (1.3, the zoning
/// service's estimate too) and the speed on county roads (30 km/h) are estimates a county replaces with its own; the
/// transport allowance per km exists only where the county sets one ([001] 建立激励保障机制 names no amount).
/// </summary>
public sealed record ItineraryRules
{
    public decimal DetourFactor { get; init; } = 1.3m;
    public int SpeedKmh { get; init; } = 30;
    public decimal? AllowancePerKm { get; init; }
}

public enum BackboneShareBase { Rotating, Eligible }

/// <summary>
/// <see cref="ExchangeTerm"/>: the typical exchange term (3 years [000][003]), longer where a minimum stay says so.
/// <see cref="MinimumStay"/>: the stay the text sets by stage, subject and role ([003] 至少工作3年/2年; [001] 干部不低于3年、教师不低于1年).
/// </summary>
public enum TermBasis { ExchangeTerm, MinimumStay }

/// <summary>The organization's locality codes: 城区, 镇区, 乡村 (the statistical urban-rural division).</summary>
public static class Localities
{
    public const string Urban = "urban";
    public const string Town = "town";
    public const string Village = "rural";
    public static readonly IReadOnlySet<string> Rural = new HashSet<string> { Village };
    public static readonly IReadOnlySet<string> RuralAndTown = new HashSet<string> { Village, Town };
    /// <summary>乡镇: every school outside the county town (团风 [003] 到乡镇任教).</summary>
    public static readonly IReadOnlySet<string> Township = RuralAndTown;
}

/// <summary>A window of the year, month and day inclusive (e.g. 25 July – 5 August).</summary>
public sealed record DateWindow(int FromMonth, int FromDay, int ToMonth, int ToDay)
{
    public DateOnly From(int year) => new(year, FromMonth, FromDay);

    public DateOnly To(int year) => new(year, ToMonth, ToDay);

    public bool Contains(DateOnly date) => date >= From(date.Year) && date <= To(date.Year);
}

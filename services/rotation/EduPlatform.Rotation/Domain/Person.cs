namespace EduPlatform.Rotation.Domain;

public enum Gender { Male, Female }

/// <summary>Who the rotation rules treat how: principals and vice-principals (校级), middle managers (中层), teachers.</summary>
public enum PersonRole { Teacher, MiddleManager, VicePrincipal, Principal }

/// <summary>Backbone teacher (骨干教师) level; county and above counts as backbone for the shares.</summary>
public enum BackboneLevel { None, County, City, Province }

/// <summary>Primary grade bands (小学低、中、高年级段) used by the close-knit group's team rule [001].</summary>
public enum GradeBand { Lower, Middle, Upper }

/// <summary>Statuses that exempt from or defer rotation, or protect a post in a re-appointment round (domain.md §3).</summary>
public enum PersonStatus
{
    Pregnant,
    Nursing,
    /// <summary>Certified by the designated hospital as unfit to rotate [001].</summary>
    CertifiedIllness,
    /// <summary>Lead of a school's featured course or a city-level-or-above research project, with the bureau's approval [001].</summary>
    FeaturedCourseLead,
    /// <summary>Member of a poverty-alleviation village work team (脱贫攻坚驻村工作队) [004].</summary>
    VillageWorkTeam,
    /// <summary>On an aid posting (援藏援彝支教) [004].</summary>
    AidPosting,
    /// <summary>On maternity leave (产假) [004].</summary>
    MaternityLeave,
    /// <summary>On serious-illness leave (重病假) [004].</summary>
    SeriousIllnessLeave,
    /// <summary>A case the bureau added to the exemptions (对暂不纳入交流轮岗的对象，由区教体局结合实际确定 [001]).</summary>
    BureauExempt,
    /// <summary>Has taught senior three (高三), which the senior-high pairs' teachers need ([001] 互派的教师要有高三年级教学经验).</summary>
    SeniorThreeExperience,
}

/// <summary>
/// A period at one school; <see cref="To"/> is null while it lasts. A placement's stint also knows the end date its
/// approved plan set (<see cref="PlacedUntil"/>).
/// </summary>
public sealed record SchoolStint(Guid SchoolId, DateOnly From, DateOnly? To, bool ByRotation = false, DateOnly? PlacedUntil = null)
{
    public DateOnly End(DateOnly asOf) => To is { } to && to < asOf ? to : asOf;

    /// <summary>Completed years at the school up to <paramref name="asOf"/> (a stint from 2019-09-01 has 6 on 2025-09-01, 5 on 2025-08-31).</summary>
    public int Years(DateOnly asOf) => Dates.CompletedYears(From, End(asOf));

    public int Days(DateOnly asOf) => Math.Max(0, End(asOf).DayNumber - From.DayNumber);
}

public static class Dates
{
    /// <summary>Whole years from <paramref name="from"/> to <paramref name="to"/>, the way ages (周岁) are counted.</summary>
    public static int CompletedYears(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }

        var years = to.Year - from.Year;
        return from.AddYears(years) > to ? years - 1 : years;
    }

    /// <summary>
    /// Whole years in a number of days served across several stints: N years need 365·N + ⌊N/4⌋ days, so six
    /// years from 1 September to 1 September (2,191 days) count as six and a day less as five.
    /// </summary>
    public static int YearsInDays(int days)
    {
        var years = days / 365;
        while (years > 0 && days < 365 * years + years / 4)
        {
            years--;
        }

        return years;
    }
}

/// <summary>
/// 待岗 [004]: unplaced in a round applied on <see cref="Since"/>, for a semester, the bureau arranging 跟岗学习 (shadowing) and
/// 顶岗实践 (covering a post) at schools it names (由县教体局统一安排到相关学校进行跟岗学习和顶岗实践).
/// </summary>
public sealed record WaitingStatus(Guid RoundId, DateOnly Since, int SemestersInARow, Guid? ShadowingSchoolId, Guid? CoverSchoolId);

/// <summary>A teacher or cadre as rotation sees them.</summary>
public sealed record Person
{
    public required Guid Id { get; init; }
    public required string CountyCode { get; init; }
    public required string Name { get; init; }
    public required string IdNumber { get; init; }
    public required Gender Gender { get; init; }
    public required DateOnly BirthDate { get; init; }
    public required PersonRole Role { get; init; }
    /// <summary>"kindergarten", "primary", "junior" or "senior-high": the stage the person teaches or leads.</summary>
    public required string Stage { get; init; }
    public required IReadOnlyList<Subject> Subjects { get; init; }
    public string Title { get; init; } = "";
    public string PostLevel { get; init; } = "";
    public BackboneLevel Backbone { get; init; }
    public GradeBand? GradeBand { get; init; }
    public required DateOnly HiredOn { get; init; }
    /// <summary>When the person took up the current principal or vice-principal post (for the term rules).</summary>
    public DateOnly? InPostSince { get; init; }
    public required Guid CurrentSchoolId { get; init; }
    public required IReadOnlyList<SchoolStint> History { get; init; }
    public IReadOnlySet<PersonStatus> Statuses { get; init; } = new HashSet<PersonStatus>();
    /// <summary>Campuses the person would like, best first (optional).</summary>
    public IReadOnlyList<Guid> Wishes { get; init; } = [];
    public DateOnly? LeftOn { get; init; }
    /// <summary>待岗 after a re-appointment round [004]; null when the person holds a post.</summary>
    public WaitingStatus? Waiting { get; init; }
    public int Version { get; init; }

    public bool IsBackbone => Backbone != BackboneLevel.None;

    public bool IsCadre => Role is PersonRole.Principal or PersonRole.VicePrincipal;

    /// <summary>Age in completed years on a date (周岁).</summary>
    public int AgeOn(DateOnly date) => Dates.CompletedYears(BirthDate, date);

    /// <summary>The current stint: the one at <see cref="CurrentSchoolId"/> that is still open.</summary>
    public SchoolStint? CurrentStint => History.Where(h => h.SchoolId == CurrentSchoolId && h.To is null).MaxBy(h => h.From);
}

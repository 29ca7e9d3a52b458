using EduPlatform.Kernel;
namespace EduPlatform.Rotation.Domain;

/// <summary>
/// A county's rotation settings: a preset and the values localities set themselves (standards.md: the years for
/// teachers are locally set; the backbone share's base differs by province; age exemptions are local rules).
/// </summary>
public sealed record RotationSettings : ICountySettings<RotationSettings>
{
    public required string CountyCode { get; init; }
    public required string Preset { get; init; }
    public int? TeacherYearsAtSchool { get; init; }
    public int? PrincipalTermYears { get; init; }
    public decimal? MinShareOfEligible { get; init; }
    public decimal? BackboneMinShare { get; init; }
    public BackboneShareBase? BackboneShareBase { get; init; }
    public int? MenOverAge { get; init; }
    public int? WomenOverAge { get; init; }
    /// <summary>Whether schools in 镇区 count as rural (乡村) for rural service, support teaching and the senders; the texts say 乡村.</summary>
    public bool? TownCountsAsRural { get; init; }
    /// <summary>Backbone share of the teachers rotating to rural schools (Hubei 30% [002]).</summary>
    public decimal? RuralBoundBackboneMinShare { get; init; }
    public TermBasis? TermBasis { get; init; }
    /// <summary>The county extends the first-term exemption to vice-principals (区教体局结合实际确定 [001]).</summary>
    public bool? FirstTermCoversVicePrincipals { get; init; }
    /// <summary>The county extends the age exemption to principals and vice-principals (区教体局结合实际确定 [001]).</summary>
    public bool? AgeCoversCadres { get; init; }
    /// <summary>Working days of a plan's public notice (公示) before approval, 0–30.</summary>
    public int? NoticeWorkingDays { get; init; }
    /// <summary>Scarce-subject teachers teach itinerant (走教) across campuses ([003]; 浠水 [000] by its preset).</summary>
    public bool? ScarceSubjectsItinerant { get; init; }
    /// <summary>Transport allowance for itinerant teachers, yuan per km travelled (none unless the county sets it), 0–10.</summary>
    public decimal? ItinerantAllowancePerKm { get; init; }
    /// <summary>Average speed on the county's roads for itinerant travel times, 10–80 km/h (default 30).</summary>
    public int? ItinerantSpeedKmh { get; init; }
    /// <summary>Road distance over the straight line between campuses, 1.0–3.0 (default 1.3).</summary>
    public decimal? ItinerantDetourFactor { get; init; }
    /// <summary>Core schools may also send to rural campuses of other alliances and outside them (县域内 [national 2014]).</summary>
    public bool? CrossAllianceMoves { get; init; }
    public int Version { get; init; }

    public static RotationSettings DefaultFor(string countyCode) => new() { CountyCode = countyCode, Preset = RotationPolicyPresets.National };

    public RotationPolicy ToPolicy()
    {
        var preset = RotationPolicyPresets.Find(Preset) ?? throw new InvalidOperationException($"Unknown rotation preset '{Preset}'.");
        return preset with
        {
            TeacherYearsAtSchool = TeacherYearsAtSchool ?? preset.TeacherYearsAtSchool,
            PrincipalTermYears = PrincipalTermYears ?? preset.PrincipalTermYears,
            MinShareOfEligible = MinShareOfEligible ?? preset.MinShareOfEligible,
            BackboneMinShare = BackboneMinShare ?? preset.BackboneMinShare,
            BackboneShareBase = BackboneShareBase ?? preset.BackboneShareBase,
            Exemptions = preset.Exemptions with
            {
                MenOverAge = MenOverAge ?? preset.Exemptions.MenOverAge,
                WomenOverAge = WomenOverAge ?? preset.Exemptions.WomenOverAge,
                FirstTermCoversVicePrincipals = FirstTermCoversVicePrincipals ?? preset.Exemptions.FirstTermCoversVicePrincipals,
                AgeCoversCadres = AgeCoversCadres ?? preset.Exemptions.AgeCoversCadres,
            },
            RuralLocalities = TownCountsAsRural is { } town ? (town ? Localities.RuralAndTown : Localities.Rural) : preset.RuralLocalities,
            RuralBoundBackboneMinShare = RuralBoundBackboneMinShare ?? preset.RuralBoundBackboneMinShare,
            TermBasis = TermBasis ?? preset.TermBasis,
            NoticeWorkingDays = NoticeWorkingDays ?? preset.NoticeWorkingDays,
            CrossAllianceMoves = CrossAllianceMoves ?? preset.CrossAllianceMoves,
            MinimumStay = preset.MinimumStay with { ScarceSubjectsItinerant = ScarceSubjectsItinerant ?? preset.MinimumStay.ScarceSubjectsItinerant },
            Itinerary = new ItineraryRules
            {
                AllowancePerKm = ItinerantAllowancePerKm ?? preset.Itinerary.AllowancePerKm,
                SpeedKmh = ItinerantSpeedKmh ?? preset.Itinerary.SpeedKmh,
                DetourFactor = ItinerantDetourFactor ?? preset.Itinerary.DetourFactor,
            },
        };
    }

    /// <summary>Field errors. The bands keep a county inside what the texts allow (at least the national shares).</summary>
    public RotationSettings WithVersion(int version) => this with { Version = version };

    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (RotationPolicyPresets.Find(Preset) is null)
        {
            errors.Add(("preset", Texts.PresetOneOf(RotationPolicyPresets.Names)));
        }

        if (TeacherYearsAtSchool is < 3 or > 12)
        {
            errors.Add(("teacherYearsAtSchool", Texts.TeacherYearsRange(TeacherYearsAtSchool.Value)));
        }

        if (PrincipalTermYears is < 2 or > 6)
        {
            errors.Add(("principalTermYears", Texts.TermYearsRange(PrincipalTermYears.Value)));
        }

        // The national text sets floors: a county may ask more, not less [national 2014].
        if (MinShareOfEligible is { } share && (share < 0.10m || share > 1m))
        {
            errors.Add(("minShareOfEligible", Texts.ShareRange(share)));
        }

        if (BackboneMinShare is { } backbone && (backbone < 0.20m || backbone > 1m))
        {
            errors.Add(("backboneMinShare", Texts.BackboneRange(backbone)));
        }

        if (RuralBoundBackboneMinShare is { } rural && (rural < 0.20m || rural > 1m))
        {
            errors.Add(("ruralBoundBackboneMinShare", Texts.BackboneRange(rural)));
        }

        if (NoticeWorkingDays is < 0 or > 30)
        {
            errors.Add(("noticeWorkingDays", Texts.NoticeDaysRange(NoticeWorkingDays.Value)));
        }

        if (ItinerantAllowancePerKm is < 0 or > 10)
        {
            errors.Add(("itinerantAllowancePerKm", Texts.Within(ItinerantAllowancePerKm.Value, 0, 10, "元/公里", "yuan/km")));
        }

        if (ItinerantSpeedKmh is < 10 or > 80)
        {
            errors.Add(("itinerantSpeedKmh", Texts.Within(ItinerantSpeedKmh.Value, 10, 80, "公里/小时", "km/h")));
        }

        if (ItinerantDetourFactor is < 1 or > 3)
        {
            errors.Add(("itinerantDetourFactor", Texts.Within(ItinerantDetourFactor.Value, 1, 3, "倍", "times")));
        }

        if (MenOverAge is < 45 or > 60)
        {
            errors.Add(("menOverAge", Texts.AgeRange(MenOverAge.Value, 45, 60)));
        }

        if (WomenOverAge is < 40 or > 55)
        {
            errors.Add(("womenOverAge", Texts.AgeRange(WomenOverAge.Value, 40, 55)));
        }

        return errors;
    }
}

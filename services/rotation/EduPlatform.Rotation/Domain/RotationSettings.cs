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

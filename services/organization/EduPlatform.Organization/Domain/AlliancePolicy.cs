namespace EduPlatform.Organization.Domain;

/// <summary>Composition limits for one alliance kind. Null means "no limit". Source names the policy text.</summary>
public sealed record KindRule
{
    public int? MinMembers { get; init; }
    public int? MaxMembers { get; init; }
    /// <summary>Core plus members.</summary>
    public int? MaxSchools { get; init; }
    /// <summary>Stages the kind is for (e.g. kindergarten pilot: kindergartens); null = any.</summary>
    public IReadOnlyList<Stage>? Stages { get; init; }
    public bool RequireUrbanCore { get; init; }
    /// <summary>Localities whose schools may be members as they are; any other school only when designated weak or new. Null = no rule.</summary>
    public IReadOnlyList<Locality>? MemberLocalities { get; init; }
    /// <summary>The text the member rule comes from, where it is not <see cref="Source"/>.</summary>
    public string? MemberSource { get; init; }
    /// <summary>Most alliances of the kind led from one township (Wolong: 1–3 township leagues per township [001]).</summary>
    public int? MaxPerTownship { get; init; }
    /// <summary>Members come from the core's own township (a township league is the township's schools [001]).</summary>
    public bool MembersInCoreTownship { get; init; }
    public required string Source { get; init; }
}

/// <summary>
/// A county's alliance composition policy: a named preset, optionally adjusted by the county. Rules read their numbers
/// from here, never from constants, so a county switches presets without code (architecture.md).
/// </summary>
public sealed record AlliancePolicy
{
    public required string Preset { get; init; }
    /// <summary>Kindergarten with kindergarten, primary with primary, junior with junior [000][003].</summary>
    public required bool RequireSameStage { get; init; }
    /// <summary>"九年一贯制尽量与九年一贯制组合" — where possible [003]; so a nine-year school may join a primary or junior alliance.</summary>
    public required bool AllowNineYearInPrimaryOrJunior { get; init; }
    /// <summary>A school belongs to at most one alliance of a kind at a time.</summary>
    public required bool OneAllianceOfKindAtATime { get; init; }
    /// <summary>A fused alliance is of public schools only; private ones stay with the county's private-school office [003].</summary>
    public bool FusedPublicOnly { get; init; } = true;
    /// <summary>
    /// Farthest a formation proposal places a member from its core, straight line. The texts set no distance (only
    /// 远近搭配, near with far); 50 km reaches a county such as Xishui (1,949 km²) from its county town to its farthest
    /// township, so every rural school can be grouped with a town core. A county sets its own.
    /// </summary>
    public double FormationTravelLimitKm { get; init; } = 50;

    /// <summary>What is wrong with a travel limit (1–200 km), or null when it is acceptable or left out.</summary>
    public static string? TravelLimitProblem(double? km) =>
        km is < 1 or > 200 || km is double.NaN ? Texts.TravelLimitRange : null;
    /// <summary>Kinds this county uses; others are refused.</summary>
    public required IReadOnlyList<AllianceKind> AllowedKinds { get; init; }
    public required KindRule DefaultRule { get; init; }
    public IReadOnlyDictionary<AllianceKind, KindRule> KindRules { get; init; } = new Dictionary<AllianceKind, KindRule>();

    public KindRule RuleFor(AllianceKind kind) => KindRules.TryGetValue(kind, out var rule) ? rule : DefaultRule;
}

/// <summary>A county's adjustments on top of its preset (all optional).</summary>
public sealed record AlliancePolicyOverrides
{
    public int? MinMembers { get; init; }
    public int? MaxMembers { get; init; }
    public int? MaxSchools { get; init; }
    public bool? RequireUrbanCore { get; init; }
    public bool? RequireSameStage { get; init; }
    public bool? AllowNineYearInPrimaryOrJunior { get; init; }
    public bool? OneAllianceOfKindAtATime { get; init; }
    public IReadOnlyList<AllianceKind>? AllowedKinds { get; init; }
    /// <summary>Member localities accepted without a weak/new designation, e.g. [rural] only where 镇区 schools are not members as they are.</summary>
    public IReadOnlyList<Locality>? MemberLocalities { get; init; }
    /// <summary>The formation proposals' travel limit, 1–200 km.</summary>
    public double? FormationTravelLimitKm { get; init; }

    public AlliancePolicy ApplyTo(AlliancePolicy preset)
    {
        var rule = preset.DefaultRule with
        {
            MinMembers = MinMembers ?? preset.DefaultRule.MinMembers,
            MaxMembers = MaxMembers ?? preset.DefaultRule.MaxMembers,
            MaxSchools = MaxSchools ?? preset.DefaultRule.MaxSchools,
            RequireUrbanCore = RequireUrbanCore ?? preset.DefaultRule.RequireUrbanCore,
            MemberLocalities = MemberLocalities ?? preset.DefaultRule.MemberLocalities,
            Source = preset.DefaultRule.Source + Texts.AdjustedByCounty,
        };
        return preset with
        {
            Preset = preset.Preset + "+county",
            RequireSameStage = RequireSameStage ?? preset.RequireSameStage,
            AllowNineYearInPrimaryOrJunior = AllowNineYearInPrimaryOrJunior ?? preset.AllowNineYearInPrimaryOrJunior,
            OneAllianceOfKindAtATime = OneAllianceOfKindAtATime ?? preset.OneAllianceOfKindAtATime,
            AllowedKinds = AllowedKinds ?? preset.AllowedKinds,
            FormationTravelLimitKm = FormationTravelLimitKm ?? preset.FormationTravelLimitKm,
            DefaultRule = rule,
        };
    }

    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (MinMembers is < 0)
        {
            errors.Add(("minMembers", Texts.NotNegative));
        }

        if (MaxMembers is < 1)
        {
            errors.Add(("maxMembers", Texts.AtLeastOne));
        }

        if (MaxSchools is < 2)
        {
            errors.Add(("maxSchools", Texts.AtLeastTwoSchools));
        }

        if (MinMembers is { } min && MaxMembers is { } max && min > max)
        {
            errors.Add(("minMembers", Texts.MinAboveMax(min, max)));
        }

        if (AlliancePolicy.TravelLimitProblem(FormationTravelLimitKm) is { } travel)
        {
            errors.Add(("formationTravelLimitKm", travel));
        }

        if (AllowedKinds is { Count: 0 })
        {
            errors.Add(("allowedKinds", Texts.NameAKind));
        }

        return errors;
    }
}

namespace EduPlatform.Organization.Domain;

/// <summary>
/// A province's three-year targets for alliance building. Hubei's [002] are the preset: 2023年底前每个县至少建设1个示范性
/// 教联体; 2024年底前县域范围内教联体建设全面推行; 2025年底全省80%以上的义务教育学校纳入教联体建设.
/// </summary>
public sealed record CoverageTargets
{
    public required string Preset { get; init; }
    /// <summary>Each county has at least <see cref="DemonstrationMinimum"/> demonstration alliances by this day.</summary>
    public required DateOnly DemonstrationBy { get; init; }
    public required int DemonstrationMinimum { get; init; }
    /// <summary>Every county has alliances (at least one active) by this day.</summary>
    public required DateOnly EveryCountyBy { get; init; }
    /// <summary>At least <see cref="CompulsoryShare"/> of compulsory schools are in alliances by this day.</summary>
    public required DateOnly CompulsoryShareBy { get; init; }
    public required decimal CompulsoryShare { get; init; }
    /// <summary>The grant a provincial pilot receives unless recorded otherwise: 每个试点60万元 [002].</summary>
    public required decimal PilotGrantYuan { get; init; }
    public required string Source { get; init; }

    public const string Hubei = "hubei";

    /// <summary>The years targets, reports and designations may name: the provincial pilots began in 2022 [002], and a decade on is as far as any plan reaches.</summary>
    public static bool IsPlanYear(int year) => year is >= 2020 and <= 2035;

    public static CoverageTargets HubeiPreset { get; } = new()
    {
        Preset = Hubei,
        DemonstrationBy = new(2023, 12, 31),
        DemonstrationMinimum = 1,
        EveryCountyBy = new(2024, 12, 31),
        CompulsoryShareBy = new(2025, 12, 31),
        CompulsoryShare = 0.80m,
        PilotGrantYuan = 600_000m,
        Source = "[002] 教联体建设分三年实施：2023年底前每个县（市、区）至少建设1个示范性教联体；2024年底前县域范围内全面推行；2025年底80%以上的义务教育学校纳入；省级试点每个60万元",
    };

    /// <summary>Field errors: a province may tighten or shift the targets, within what the plan's text allows.</summary>
    public IReadOnlyList<(string Field, string Message)> Validate()
    {
        var errors = new List<(string, string)>();
        if (DemonstrationMinimum is < 1 or > 50)
        {
            errors.Add(("demonstrationMinimum", Texts.DemonstrationMinimumRange));
        }

        if (CompulsoryShare is <= 0 or > 1)
        {
            errors.Add(("compulsoryShare", Texts.ShareRange));
        }

        foreach (var (field, day) in new[] { ("demonstrationBy", DemonstrationBy), ("everyCountyBy", EveryCountyBy), ("compulsoryShareBy", CompulsoryShareBy) })
        {
            if (!IsPlanYear(day.Year))
            {
                errors.Add((field, Texts.TargetYearRange));
            }
        }

        if (PilotGrantYuan < 0)
        {
            errors.Add(("pilotGrantYuan", Texts.NotNegative));
        }

        return errors;
    }
}

/// <summary>示范性教联体 or 试点 (pilot).</summary>
public enum DesignationKind { Demonstration, Pilot }

/// <summary>Who designated it: the province, the city or the county [002] (各市、县相应建设一批本级试点).</summary>
public enum DesignationLevel { Province, City, County }

/// <summary>An alliance's designation as a demonstration or pilot alliance in a year, with its grant.</summary>
public sealed record AllianceDesignation(Guid Id, Guid AllianceId, DesignationKind Kind, DesignationLevel Level, int Year, decimal GrantYuan,
    string? Note, DateTimeOffset RecordedAt, string RecordedBy);

namespace EduPlatform.Organization.Domain;

/// <summary>A school in the county register (domain.md §1).</summary>
public sealed record School
{
    public required Guid Id { get; init; }
    public required string CountyCode { get; init; }
    /// <summary>学校标识码 or the county's own code; unique within the county.</summary>
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required Stage Stage { get; init; }
    public required Locality Locality { get; init; }
    public required SchoolType Type { get; init; }
    public required string Township { get; init; }
    public double? Latitude { get; init; }
    public double? Longitude { get; init; }
    public required bool IsPublic { get; init; }
    public required bool IsLegalPerson { get; init; }
    public required bool IsBoarding { get; init; }
    public KindergartenDay? KindergartenDay { get; init; }
    /// <summary>薄弱学校: designated by the bureau (the suite does not derive it); such a school joins alliances as a member [000][002].</summary>
    public bool IsWeak { get; init; }
    /// <summary>新建学校: designated by the bureau while it is new; joins alliances as a member [002][003].</summary>
    public bool IsNew { get; init; }
    public required int Version { get; init; }
}

/// <summary>The editable facts of a school, as a clerk enters them or an import row carries them.</summary>
public sealed record SchoolDetails(
    string Code, string Name, Stage Stage, Locality Locality, SchoolType Type, string Township,
    double? Latitude, double? Longitude, bool IsPublic, bool IsBoarding, KindergartenDay? KindergartenDay,
    bool? IsWeak = null, bool? IsNew = null);

public static class SchoolRules
{
    public const int MaxNameLength = 100;

    /// <summary>What is wrong with a school code (学校标识码), named by the rule it breaks; null when it is acceptable.</summary>
    public static string? CodeProblem(string? code) =>
        string.IsNullOrWhiteSpace(code) ? Texts.CodeRequired
        : code.Length > 20 ? Texts.CodeTooLong(code.Length)
        : code.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c)) is var bad and not '\0'
            ? Texts.CodeBadCharacter(bad)
            : null;

    /// <summary>Field errors (field → message); empty when the details are acceptable.</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(SchoolDetails d)
    {
        var errors = new List<(string, string)>();
        if (CodeProblem(d.Code) is { } codeProblem)
        {
            errors.Add(("code", codeProblem));
        }

        if (string.IsNullOrWhiteSpace(d.Name) || d.Name.Trim().Length > MaxNameLength)
        {
            errors.Add(("name", Texts.SchoolNameRequired(MaxNameLength)));
        }

        if (string.IsNullOrWhiteSpace(d.Township) || d.Township.Length > 50)
        {
            errors.Add(("township", Texts.TownshipRequired));
        }

        if (d.Latitude is { } lat && (lat < -90 || lat > 90 || double.IsNaN(lat)))
        {
            errors.Add(("latitude", Texts.Latitude));
        }

        if (d.Longitude is { } lon && (lon < -180 || lon > 180 || double.IsNaN(lon)))
        {
            errors.Add(("longitude", Texts.Longitude));
        }

        if (d.Latitude.HasValue != d.Longitude.HasValue)
        {
            errors.Add(("longitude", Texts.LatitudeLongitudeTogether));
        }

        if (d.Stage == Stage.Kindergarten && d.KindergartenDay is null)
        {
            errors.Add(("kindergartenDay", Texts.KindergartenDayRequired));
        }

        if (d.Stage != Stage.Kindergarten && d.KindergartenDay is not null)
        {
            errors.Add(("kindergartenDay", Texts.KindergartenDayOnly));
        }

        if (d.Type is SchoolType.VillageSchool or SchoolType.TeachingPoint && d.Stage is not (Stage.Primary or Stage.NineYear))
        {
            errors.Add(("type", Texts.VillageSchoolsArePrimary));
        }

        return errors;
    }
}

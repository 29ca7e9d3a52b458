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
    public required int Version { get; init; }
}

/// <summary>The editable facts of a school, as a clerk enters them or an import row carries them.</summary>
public sealed record SchoolDetails(
    string Code, string Name, Stage Stage, Locality Locality, SchoolType Type, string Township,
    double? Latitude, double? Longitude, bool IsPublic, bool IsBoarding, KindergartenDay? KindergartenDay);

public static class SchoolRules
{
    public const int MaxNameLength = 100;

    /// <summary>What is wrong with a school code (学校标识码), named by the rule it breaks; null when it is acceptable.</summary>
    public static string? CodeProblem(string? code) =>
        string.IsNullOrWhiteSpace(code) ? "学校标识码必填（1–20 位字母或数字）。 is required: 1–20 letters or digits"
        : code.Length > 20 ? $"学校标识码最多 20 位，此处 {code.Length} 位。 is at most 20 characters; this one has {code.Length}"
        : code.FirstOrDefault(c => !char.IsAsciiLetterOrDigit(c)) is var bad and not '\0'
            ? $"学校标识码只能由字母和数字组成，不能含“{bad}”。 may hold only letters and digits, not '{bad}'"
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
            errors.Add(("name", $"is required, at most {MaxNameLength} characters"));
        }

        if (string.IsNullOrWhiteSpace(d.Township) || d.Township.Length > 50)
        {
            errors.Add(("township", "is required (乡镇/街道), at most 50 characters"));
        }

        if (d.Latitude is { } lat && (lat < -90 || lat > 90 || double.IsNaN(lat)))
        {
            errors.Add(("latitude", "must be between -90 and 90"));
        }

        if (d.Longitude is { } lon && (lon < -180 || lon > 180 || double.IsNaN(lon)))
        {
            errors.Add(("longitude", "must be between -180 and 180"));
        }

        if (d.Latitude.HasValue != d.Longitude.HasValue)
        {
            errors.Add(("longitude", "latitude and longitude are given together or not at all"));
        }

        if (d.Stage == Stage.Kindergarten && d.KindergartenDay is null)
        {
            errors.Add(("kindergartenDay", "is required for a kindergarten: full-day or half-day"));
        }

        if (d.Stage != Stage.Kindergarten && d.KindergartenDay is not null)
        {
            errors.Add(("kindergartenDay", "applies to kindergartens only"));
        }

        if (d.Type is SchoolType.VillageSchool or SchoolType.TeachingPoint && d.Stage is not (Stage.Primary or Stage.NineYear))
        {
            errors.Add(("type", "village schools and teaching points (村小、教学点) are primary-stage"));
        }

        return errors;
    }
}

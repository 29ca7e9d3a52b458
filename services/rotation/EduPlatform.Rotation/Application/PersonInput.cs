using System.ComponentModel;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

/// <summary>A person as a clerk enters them, over the API or as a spreadsheet row; checked by <see cref="PersonInputs"/>.</summary>
/// <summary>A person as sent to register one (or read from a roster row). Required members are the JSON body's required fields.</summary>
public record PersonInput
{
    [Description("at most 50 characters")]
    public required string? Name { get; init; }

    [Description("居民身份证号码, 18 characters with a valid check digit")]
    public required string? IdNumber { get; init; }

    public string? Gender { get; init; }
    public DateOnly? BirthDate { get; init; }
    public string? Role { get; init; }
    [Description("kindergarten, primary, junior or senior-high (幼儿园/小学/初中/高中)")]
    public required string? Stage { get; init; }

    public IReadOnlyList<string>? Subjects { get; init; }
    public string? Title { get; init; }
    public string? PostLevel { get; init; }
    public string? Backbone { get; init; }
    public string? GradeBand { get; init; }
    [Description("参加工作时间")]
    public required DateOnly? HiredOn { get; init; }

    public DateOnly? InPostSince { get; init; }
    public Guid? SchoolId { get; init; }
    public string? SchoolCode { get; init; }
    /// <summary>Since when the person has been at the current school (the current stint).</summary>
    [Description("since when the person is at the current school")]
    public required DateOnly? AtSchoolSince { get; init; }

    public IReadOnlyList<StintInput>? History { get; init; }
    public IReadOnlyList<string>? Statuses { get; init; }
    public IReadOnlyList<Guid>? Wishes { get; init; }
}

/// <summary>A person as sent to correct one: the version read, so a concurrent change is not overwritten.</summary>
public sealed record PersonChange : PersonInput
{
    [Description("the version you read")]
    public required int? Version { get; init; }
}

/// <summary>An earlier stint at a school, named by id or by code.</summary>
public sealed record StintInput(DateOnly? From, DateOnly? To, Guid? SchoolId = null, string? SchoolCode = null, bool? ByRotation = null);

public static class PersonInputs
{
    static readonly string[] Stages = ["kindergarten", "primary", "junior", "senior-high"];

    /// <summary>The person the input describes, or null with every problem added to <paramref name="errors"/>.</summary>
    public static Person? ToPerson(PersonInput input, string countyCode, Guid id, int version, IReadOnlyCollection<KnownSchool> schools,
        List<FieldError> errors, int row = 0)
    {
        var before = errors.Count;
        void Error(string field, string message) => errors.Add(new FieldError(field, message, row));

        var name = input.Name?.Trim() ?? "";
        if (name.Length is 0 or > 50)
        {
            Error("name", Texts.NameRequired);
        }

        var idNumber = IdNumber.Normalize(input.IdNumber ?? "");
        DateOnly birth = default;
        var gender = Domain.Gender.Male;
        if (IdNumber.Problem(idNumber) is { } problem)
        {
            Error("idNumber", problem);
        }
        else
        {
            birth = IdNumber.BirthDate(idNumber)!.Value;
            gender = IdNumber.GenderOf(idNumber);
            if (input.BirthDate is { } given && given != birth)
            {
                Error("birthDate", Texts.BirthDateDiffers(given));
            }

            if (input.Gender is { Length: > 0 } g && ParseGender(g) is { } parsedGender && parsedGender != gender)
            {
                Error("gender", Texts.GenderDiffers);
            }
        }

        if (input.Gender is { Length: > 0 } text && ParseGender(text) is null)
        {
            Error("gender", Texts.NotAGender(text));
        }

        var role = Parse<PersonRole>(input.Role, "role", "teacher", errors, row, RoleNames) ?? PersonRole.Teacher;
        var stage = input.Stage?.Trim().ToLowerInvariant() ?? "";
        stage = StageNames.GetValueOrDefault(stage, stage);
        if (!Stages.Contains(stage))
        {
            Error("stage", Texts.NotAPersonStage(input.Stage ?? "", Stages));
        }

        var subjects = new List<Subject>();
        foreach (var s in input.Subjects ?? [])
        {
            if (Domain.Subjects.TryParse(s, out var subject)) { subjects.Add(subject); }
            else { Error("subjects", Texts.NotASubjectOf(s)); }
        }

        if (role == PersonRole.Teacher && subjects.Count == 0)
        {
            Error("subjects", Texts.TeacherNeedsSubject);
        }

        var backbone = Parse<BackboneLevel>(input.Backbone, "backbone", "none", errors, row, BackboneNames) ?? BackboneLevel.None;
        var band = string.IsNullOrWhiteSpace(input.GradeBand) ? null : Parse<GradeBand>(input.GradeBand, "gradeBand", null, errors, row, BandNames);

        var school = input.SchoolId is { } sid ? schools.FirstOrDefault(s => s.Id == sid)
            : schools.FirstOrDefault(s => s.Code.Length > 0 && s.Code == input.SchoolCode?.Trim());
        if (school is null)
        {
            Error(input.SchoolId is null ? "schoolCode" : "schoolId", Texts.UnknownSchool(input.SchoolId?.ToString() ?? input.SchoolCode ?? ""));
        }

        if (input.HiredOn is null)
        {
            Error("hiredOn", Texts.HiredOnRequired);
        }
        else if (birth != default && input.HiredOn < birth.AddYears(16))
        {
            Error("hiredOn", Texts.HiredBefore16(input.HiredOn!.Value));
        }

        if (input.AtSchoolSince is null)
        {
            Error("atSchoolSince", Texts.AtSchoolSinceRequired);
        }
        else if (input.HiredOn is { } hired && input.AtSchoolSince < hired)
        {
            Error("atSchoolSince", Texts.AtSchoolBeforeHire);
        }

        if (input.InPostSince is not null && role is not (PersonRole.Principal or PersonRole.VicePrincipal))
        {
            Error("inPostSince", Texts.OnlyCadresHaveTerms);
        }

        var history = new List<SchoolStint>();
        foreach (var (stint, i) in (input.History ?? []).Select((h, i) => (h, i)))
        {
            var known = stint.SchoolId is { } hid ? schools.FirstOrDefault(s => s.Id == hid) : schools.FirstOrDefault(s => s.Code.Length > 0 && s.Code == stint.SchoolCode?.Trim());
            if (known is null) { Error($"history[{i}].school", Texts.UnknownHistorySchool(stint.SchoolId?.ToString() ?? stint.SchoolCode ?? "")); continue; }
            if (stint.From is not { } from || stint.To is not { } to || to < from) { Error($"history[{i}]", Texts.StintDates); continue; }
            if (input.AtSchoolSince is { } since && to > since) { Error($"history[{i}].to", Texts.StintOverlaps(to, since)); continue; }
            history.Add(new SchoolStint(known.Id, from, to, stint.ByRotation ?? false));
        }

        var statuses = new HashSet<PersonStatus>();
        foreach (var s in input.Statuses ?? [])
        {
            if (StatusNames.TryGetValue(s.Trim(), out var named) || WireEnum.TryParse(s, out named)) { statuses.Add(named); }
            else { Error("statuses", Texts.NotAStatus(s, Enum.GetValues<PersonStatus>().Select(WireEnum.Text))); }
        }

        if (statuses.Contains(PersonStatus.Pregnant) && gender == Domain.Gender.Male)
        {
            Error("statuses", Texts.PregnantGender);
        }

        var wishes = (input.Wishes ?? []).ToList();
        foreach (var w in wishes.Where(w => schools.All(s => s.Id != w)))
        {
            Error("wishes", Texts.UnknownWish(w));
        }

        if (errors.Count > before)
        {
            return null;
        }

        history.Add(new SchoolStint(school!.Id, input.AtSchoolSince!.Value, null));
        return new Person
        {
            Id = id, CountyCode = countyCode, Name = name, IdNumber = idNumber, Gender = gender, BirthDate = birth, Role = role, Stage = stage,
            Subjects = subjects.Distinct().ToList(), Title = input.Title?.Trim() ?? "", PostLevel = input.PostLevel?.Trim() ?? "", Backbone = backbone,
            GradeBand = band, HiredOn = input.HiredOn!.Value, InPostSince = input.InPostSince, CurrentSchoolId = school.Id,
            History = history.OrderBy(h => h.From).ToList(), Statuses = statuses, Wishes = wishes, Version = version,
        };
    }

    static Domain.Gender? ParseGender(string text) => text.Trim() switch
    {
        "男" => Domain.Gender.Male,
        "女" => Domain.Gender.Female,
        var t when WireEnum.TryParse<Domain.Gender>(t, out var g) => g,
        _ => null,
    };

    static T? Parse<T>(string? text, string field, string? fallback, List<FieldError> errors, int row, IReadOnlyDictionary<string, T> chinese)
        where T : struct, Enum
    {
        var value = string.IsNullOrWhiteSpace(text) ? fallback : text.Trim();
        if (value is null)
        {
            return null;
        }

        if (chinese.TryGetValue(value, out var named) || WireEnum.TryParse(value, out named))
        {
            return named;
        }

        errors.Add(new FieldError(field, Texts.NotOneOf(text ?? "", Enum.GetValues<T>().Select(v => WireEnum.Text(v)), chinese.Keys), row));
        return null;
    }

    static readonly Dictionary<string, string> StageNames = new() { ["幼儿园"] = "kindergarten", ["小学"] = "primary", ["初中"] = "junior", ["高中"] = "senior-high" };

    static readonly Dictionary<string, PersonRole> RoleNames = new()
    {
        ["教师"] = PersonRole.Teacher, ["中层干部"] = PersonRole.MiddleManager, ["中层"] = PersonRole.MiddleManager,
        ["副校长"] = PersonRole.VicePrincipal, ["校长"] = PersonRole.Principal, ["园长"] = PersonRole.Principal, ["副园长"] = PersonRole.VicePrincipal,
    };

    static readonly Dictionary<string, BackboneLevel> BackboneNames = new()
    {
        ["无"] = BackboneLevel.None, ["县级"] = BackboneLevel.County, ["区级"] = BackboneLevel.County, ["市级"] = BackboneLevel.City, ["省级"] = BackboneLevel.Province,
    };

    static readonly Dictionary<string, GradeBand> BandNames = new() { ["低"] = GradeBand.Lower, ["中"] = GradeBand.Middle, ["高"] = GradeBand.Upper };

    static readonly Dictionary<string, PersonStatus> StatusNames = new()
    {
        ["孕期"] = PersonStatus.Pregnant, ["哺乳期"] = PersonStatus.Nursing, ["患病"] = PersonStatus.CertifiedIllness,
        ["特色课程领衔"] = PersonStatus.FeaturedCourseLead, ["驻村工作队"] = PersonStatus.VillageWorkTeam, ["援藏援彝"] = PersonStatus.AidPosting,
        ["产假"] = PersonStatus.MaternityLeave, ["重病假"] = PersonStatus.SeriousIllnessLeave, ["教体局认定"] = PersonStatus.BureauExempt,
        ["高三教学经验"] = PersonStatus.SeniorThreeExperience,
    };
}

using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Tests.Domain;

/// <summary>People and schools for the rule tests.</summary>
static class People
{
    public static readonly Guid Urban = Guid.NewGuid(), Rural = Guid.NewGuid(), Core = Guid.NewGuid(), Other1 = Guid.NewGuid(), Other2 = Guid.NewGuid();

    public static readonly IReadOnlyDictionary<Guid, SchoolFacts> Schools = new Dictionary<Guid, SchoolFacts>
    {
        [Urban] = new(Urban, "城关一小", "primary", "urban", false),
        [Rural] = new(Rural, "东山小学", "primary", "rural", false),
        [Core] = new(Core, "实验小学", "primary", "urban", true),
        [Other1] = new(Other1, "西河小学", "primary", "rural", false),
        [Other2] = new(Other2, "南湖小学", "primary", "town", false),
    };

    /// <summary>A valid identity number for a birth date and gender (area 421125, check digit computed).</summary>
    public static string IdFor(DateOnly birth, Gender gender, int sequence = 12)
    {
        var first17 = $"421125{birth:yyyyMMdd}{sequence:D2}{(gender == Gender.Male ? 1 : 2)}";
        return first17 + IdNumber.CheckCharacter(first17);
    }

    public static Person Teacher(DateOnly atSchoolSince, Gender gender = Gender.Female, DateOnly? birth = null, Guid? school = null,
        PersonRole role = PersonRole.Teacher, DateOnly? hiredOn = null, params SchoolStint[] earlier)
    {
        var born = birth ?? new DateOnly(1985, 3, 10);
        var current = school ?? Urban;
        return new Person
        {
            Id = Guid.NewGuid(), CountyCode = "421125", Name = "王老师", IdNumber = IdFor(born, gender), Gender = gender, BirthDate = born, Role = role,
            Stage = "primary", Subjects = [Subject.Chinese], HiredOn = hiredOn ?? earlier.Select(e => e.From).DefaultIfEmpty(atSchoolSince).Min(),
            CurrentSchoolId = current, History = [.. earlier, new SchoolStint(current, atSchoolSince, null)],
        };
    }
}

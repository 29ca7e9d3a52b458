namespace EduPlatform.Staffing.Domain;

/// <summary>专业技术岗位等级: senior (高级), middle (中级), junior (初级).</summary>
public enum PostLevel { Senior, Middle, Junior }

/// <summary>Why a listed person does not take up a post of their level where none is free [000].</summary>
public enum OutsidePostReason
{
    /// <summary>Holder of a listed national or provincial honour.</summary>
    Honour,
    /// <summary>30 or more years in rural schools and under 3 years to retirement.</summary>
    LongRuralServiceNearRetirement,
}

/// <summary>A person the HR bureau lets hold a level without occupying one of the pool's posts [000].</summary>
public sealed record OutsidePostPerson(Guid Id, string PoolKey, string Name, PostLevel Level, OutsidePostReason Reason,
    string? Honour, int? RuralServiceYears, DateOnly? RetirementDate);

/// <summary>A pool's post numbers by level, what its staff occupy, and what is free.</summary>
public sealed record PostOccupancy(PostLevel Level, int Posts, int HoldersOfLevel, int OutsidePosts, int Occupied, int Free);

public static class PostStructureRules
{
    public const string RuralServiceRule = "staffing.posts.outside.rural-service";
    public const string HonourRule = "staffing.posts.outside.honour";

    /// <summary>[000] 乡村学校任教30年且距退休不足3年.</summary>
    public const int RuralServiceYears = 30;
    public const int YearsToRetirement = 3;

    /// <summary>Whether the listed person qualifies to stand outside the pool's posts, on the given day.</summary>
    public static IReadOnlyList<(string Field, string Message)> Validate(OutsidePostPerson person, DateOnly today)
    {
        var errors = new List<(string, string)>();
        if (string.IsNullOrWhiteSpace(person.Name) || person.Name.Length > 50)
        {
            errors.Add(("name", Texts.NameRequired));
        }

        switch (person.Reason)
        {
            case OutsidePostReason.Honour when string.IsNullOrWhiteSpace(person.Honour):
                errors.Add(("honour", Texts.HonourRequired));
                break;
            case OutsidePostReason.LongRuralServiceNearRetirement:
                if (person.RuralServiceYears is not { } years || years < RuralServiceYears)
                {
                    errors.Add(("ruralServiceYears", Texts.RuralYears(RuralServiceYears)));
                }

                if (person.RetirementDate is not { } retirement || retirement > today.AddYears(YearsToRetirement) || retirement < today)
                {
                    errors.Add(("retirementDate", Texts.RetiresWithin(YearsToRetirement, today)));
                }

                break;
        }

        return errors;
    }

    /// <summary>Occupied = staff holding the level minus those listed outside the posts; free = posts − occupied (negative: over).</summary>
    public static IReadOnlyList<PostOccupancy> Occupancy(IReadOnlyDictionary<PostLevel, int> posts, IReadOnlyDictionary<PostLevel, int> holders,
        IReadOnlyList<OutsidePostPerson> outside) =>
        Enum.GetValues<PostLevel>().Select(level =>
        {
            var held = holders.GetValueOrDefault(level);
            var listed = outside.Count(p => p.Level == level);
            var occupied = Math.Max(0, held - listed);
            return new PostOccupancy(level, posts.GetValueOrDefault(level), held, listed, occupied, posts.GetValueOrDefault(level) - occupied);
        }).ToList();
}

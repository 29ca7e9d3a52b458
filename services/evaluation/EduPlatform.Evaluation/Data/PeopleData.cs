using EduPlatform.Evaluation.Domain.Bundled;
using EduPlatform.Kernel;
using EduPlatform.Persistence;

namespace EduPlatform.Evaluation.Data;

/// <summary>A placement as rotation published it, with its return when one came.</summary>
public sealed record PlacementRow
{
    public Guid PlacementId { get; init; }
    public string CountyCode { get; init; } = "";
    public Guid PersonId { get; init; }
    public Guid HomeSchoolId { get; init; }
    public Guid HostSchoolId { get; init; }
    public Guid? AllianceId { get; init; }
    public string Mode { get; init; } = "";
    public string Role { get; init; } = "";
    public string Stage { get; init; } = "";
    public bool Backbone { get; init; }
    public DateOnly StartOn { get; init; }
    public DateOnly EndOn { get; init; }
    public DateOnly? ReturnedOn { get; init; }

    /// <summary>True when the person was at the host campus on some day of the school year (1 September to 31 August).</summary>
    public bool ServedIn(int schoolYear) => SchoolYear.Overlaps(schoolYear, StartOn, ReturnedOn ?? EndOn);
}

public sealed record RotationPlanRow
{
    public Guid PlanId { get; init; }
    public int SchoolYear { get; init; }
    public Guid? AllianceId { get; init; }
    public int Moves { get; init; }
    public int RotatingTeachers { get; init; }
    public int RotatingBackbone { get; init; }
    public int EligibleTeachers { get; init; }
}

/// <summary>Rotation's placements and plans as they arrive over the bus, and the ratings schools propose.</summary>
public static class PeopleData
{
    const string PlacementColumns = "PlacementId, CountyCode, PersonId, HomeSchoolId, HostSchoolId, AllianceId, Mode, Role, Stage, Backbone, StartOn, EndOn, ReturnedOn";

    public static Task<int> InsertPlacementAsync(this DbSession s, PlacementRow p) => s.ExecuteAsync(
        s.Dialect.InsertIfAbsent("placements", PlacementColumns,
            "@PlacementId, @CountyCode, @PersonId, @HomeSchoolId, @HostSchoolId, @AllianceId, @Mode, @Role, @Stage, @Backbone, @StartOn, @EndOn, @ReturnedOn",
            "PlacementId = @PlacementId"), p);

    /// <summary>Records a return; false when the placement has not arrived yet.</summary>
    public static async Task<bool> RecordReturnAsync(this DbSession s, Guid placementId, DateOnly returnedOn) =>
        await s.ExecuteAsync("UPDATE placements SET ReturnedOn = @ReturnedOn WHERE PlacementId = @PlacementId", new { PlacementId = placementId, ReturnedOn = returnedOn }) == 1;

    public static async Task<IReadOnlyList<PlacementRow>> PlacementsAsync(this DbSession s, string countyCode) =>
        (await s.QueryAsync<PlacementRow>($"SELECT {PlacementColumns} FROM placements WHERE CountyCode = @CountyCode", new { CountyCode = countyCode })).ToList();

    public static Task InsertRotationPlanAsync(this DbSession s, string countyCode, RotationPlanRow p) => s.ExecuteAsync(
        s.Dialect.InsertIfAbsent("rotation_plans", "PlanId, CountyCode, SchoolYear, AllianceId, Moves, RotatingTeachers, RotatingBackbone, EligibleTeachers",
            "@PlanId, @CountyCode, @SchoolYear, @AllianceId, @Moves, @RotatingTeachers, @RotatingBackbone, @EligibleTeachers", "PlanId = @PlanId"),
        new { p.PlanId, CountyCode = countyCode, p.SchoolYear, p.AllianceId, p.Moves, p.RotatingTeachers, p.RotatingBackbone, p.EligibleTeachers });

    public static async Task<IReadOnlyList<RotationPlanRow>> RotationPlansAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<RotationPlanRow>(
            "SELECT PlanId, SchoolYear, AllianceId, Moves, RotatingTeachers, RotatingBackbone, EligibleTeachers FROM rotation_plans WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear",
            new { CountyCode = countyCode, SchoolYear = schoolYear })).ToList();

    sealed class RatingRow
    {
        public Guid PersonId { get; set; }
        public string Name { get; set; } = "";
        public Guid SchoolId { get; set; }
        public string Role { get; set; } = "";
        public string Rating { get; set; } = "";
        public double? TeachingProgress { get; set; }
    }

    public static async Task<IReadOnlyList<ProposedRating>> ProposedRatingsAsync(this DbSession s, string countyCode, int schoolYear) =>
        (await s.QueryAsync<RatingRow>(
            "SELECT PersonId, Name, SchoolId, Role, Rating, TeachingProgress FROM proposed_ratings WHERE CountyCode = @CountyCode AND SchoolYear = @SchoolYear ORDER BY Name",
            new { CountyCode = countyCode, SchoolYear = schoolYear }))
        .Select(r => new ProposedRating(r.PersonId, r.Name, r.SchoolId, r.Role, r.Rating, r.TeachingProgress)).ToList();

    /// <summary>Replaces a person's proposed rating for the year; true when one existed.</summary>
    public static async Task<bool> SaveProposedRatingAsync(this DbSession s, string countyCode, int schoolYear, ProposedRating r)
    {
        var existed = await s.ExecuteAsync("DELETE FROM proposed_ratings WHERE PersonId = @PersonId AND SchoolYear = @SchoolYear", new { r.PersonId, SchoolYear = schoolYear }) > 0;
        await s.ExecuteAsync(
            "INSERT INTO proposed_ratings (PersonId, SchoolYear, CountyCode, Name, SchoolId, Role, Rating, TeachingProgress) VALUES (@PersonId, @SchoolYear, @CountyCode, @Name, @SchoolId, @Role, @Rating, @TeachingProgress)",
            new { r.PersonId, SchoolYear = schoolYear, CountyCode = countyCode, r.Name, r.SchoolId, r.Role, r.Rating, r.TeachingProgress });
        return existed;
    }
}

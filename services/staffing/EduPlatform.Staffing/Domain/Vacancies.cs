namespace EduPlatform.Staffing.Domain;

/// <summary>An approved pool's stage: its quota, its actual staff, and the vacancies (approved − actual) [000].</summary>
public sealed record PoolVacancy(string PoolKey, string PoolName, Guid? AllianceId, Guid? SchoolId, StaffingStage Stage,
    int ApprovedPosts, int ActualStaff)
{
    /// <summary>Negative when the pool is over its quota.</summary>
    public int Vacancies => ApprovedPosts - ActualStaff;
    public bool IsOpen => Vacancies > 0;
}

public enum VacancyChange { Opened, Closed }

public static class Vacancies
{
    /// <summary>The pools whose vacancy crossed zero since <paramref name="wasOpen"/> (a pool never seen counts as closed).</summary>
    public static IReadOnlyList<(PoolVacancy Pool, VacancyChange Change)> Crossings(
        IReadOnlyList<PoolVacancy> now, IReadOnlyDictionary<(string PoolKey, StaffingStage Stage), bool> wasOpen) =>
        now.Select(p => (Pool: p, Was: wasOpen.GetValueOrDefault((p.PoolKey, p.Stage))))
            .Where(x => x.Was != x.Pool.IsOpen)
            .Select(x => (x.Pool, x.Pool.IsOpen ? VacancyChange.Opened : VacancyChange.Closed))
            .ToList();
}

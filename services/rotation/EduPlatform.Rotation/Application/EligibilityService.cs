using EduPlatform.Persistence;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;

namespace EduPlatform.Rotation.Application;

public sealed record EligibilityLine(Guid PersonId, string Name, PersonRole Role, Guid SchoolId, string SchoolName, bool Backbone,
    EligibilityStatus Status, string Explanation, IReadOnlyList<RuleFinding> Findings);

public sealed record EligibilitySummary(int MustRotate, int MayRotate, int Exempt, IReadOnlyDictionary<string, int> ByRule);

public sealed record EligibilityReport(string CountyCode, int SchoolYear, DateOnly AsOf, string Preset, EligibilitySummary Summary,
    IReadOnlyList<EligibilityLine> People);

/// <summary>Who must rotate, who may, who is exempt, for a county and year, each with the rules, facts and sources.</summary>
public sealed class EligibilityService(RotationDatabase database)
{
    public Task<EligibilityReport> ReportAsync(string countyCode, int schoolYear, EligibilityStatus? status, Guid? schoolId, CancellationToken ct) =>
        database.ReadAsync(async s =>
        {
            var (policy, schools, people) = await LoadAsync(s, countyCode, schoolYear);
            var lines = people.Select(p => Line(p, Eligibility.Decide(p, schoolYear, policy, schools), schools)).ToList();
            var summary = new EligibilitySummary(
                lines.Count(l => l.Status == EligibilityStatus.MustRotate), lines.Count(l => l.Status == EligibilityStatus.MayRotate),
                lines.Count(l => l.Status == EligibilityStatus.Exempt),
                lines.SelectMany(l => l.Findings.Where(f => f.Effect == l.Status).Select(f => f.Rule)).GroupBy(r => r)
                    .OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()));
            var shown = lines.Where(l => (status is null || l.Status == status) && (schoolId is null || l.SchoolId == schoolId)).ToList();
            return new EligibilityReport(countyCode, schoolYear, Eligibility.ReferenceDate(schoolYear), policy.Preset, summary, shown);
        }, ct);

    public Task<EligibilityLine?> ForPersonAsync(string countyCode, Guid personId, int schoolYear, CancellationToken ct) =>
        database.ReadAsync(async s =>
        {
            var person = await s.FindPersonAsync(countyCode, personId);
            if (person is null)
            {
                return null;
            }

            var (policy, schools) = await PolicyAndSchoolsAsync(s, countyCode, schoolYear);
            return Line(person, Eligibility.Decide(person, schoolYear, policy, schools), schools);
        }, ct);

    public static async Task<(RotationPolicy Policy, IReadOnlyDictionary<Guid, SchoolFacts> Schools, IReadOnlyList<Person> People)> LoadAsync(
        DbSession s, string countyCode, int schoolYear)
    {
        var (policy, schools) = await PolicyAndSchoolsAsync(s, countyCode, schoolYear);
        return (policy, schools, await s.ActivePeopleAsync(countyCode));
    }

    /// <summary>The policy in force and the schools as they stand on the year's reference date (1 September).</summary>
    static async Task<(RotationPolicy Policy, IReadOnlyDictionary<Guid, SchoolFacts> Schools)> PolicyAndSchoolsAsync(DbSession s, string countyCode, int schoolYear) =>
        ((await s.RotationSettingsAsync(countyCode)).ToPolicy(), await SchoolDirectory.FactsAsync(s, countyCode, Eligibility.ReferenceDate(schoolYear)));

    static EligibilityLine Line(Person p, EligibilityDecision d, IReadOnlyDictionary<Guid, SchoolFacts> schools) =>
        new(p.Id, p.Name, p.Role, p.CurrentSchoolId, schools.TryGetValue(p.CurrentSchoolId, out var s) ? s.Name : "", p.IsBackbone,
            d.Status, d.Explanation, d.Findings);
}

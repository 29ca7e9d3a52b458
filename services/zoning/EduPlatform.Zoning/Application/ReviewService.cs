using System.ComponentModel;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;
using EduPlatform.Zoning.Domain.Review;

namespace EduPlatform.Zoning.Application;

public sealed record AdmissionInput(
    Guid SchoolId,
    [property: Description("children admitted")] int Admitted,
    [property: Description("of them, children living in the school's zone")] int InZone,
    [property: Description("primary or junior; needed only for a nine-year school")] string? Stage = null);

/// <summary>
/// A stage's zoned nearby admission: planned (children of the published plan's zones that have a seat in their zone) and,
/// once schools report it, actual. Both count the county town and towns only (zones or schools with an urban or town school),
/// as the review does.
/// </summary>
public sealed record NearbyAdmissionReport(string Stage, double Required, Guid? PublishedPlanId, NearbyAdmission? Planned, NearbyAdmission? Reported);

public sealed record ClassSizeTotal(string Stage, int Classes, int ClassesOverLimit, int LargeClasses);

public sealed record EnrolmentReviewReport(string CountyCode, int SchoolYear, string ClassesFrom, IReadOnlyList<NearbyAdmissionReport> NearbyAdmission,
    IReadOnlyList<ClassSizeTotal> ClassSizeTotals, IReadOnlyList<ClassSizeFinding> ClassSizes, IReadOnlyList<SchoolSizeFinding> SchoolSizes);

/// <summary>The 2017 review's zoning items for a school year, and the admissions schools report for it.</summary>
public sealed class ReviewService(ZoningDatabase database)
{
    static readonly string[] Stages = ["primary", "junior"];
    static readonly IReadOnlySet<string> TownLocalities = new HashSet<string> { "urban", "town" };

    public Task<EnrolmentReviewReport> ReportAsync(string countyCode, int schoolYear, CancellationToken ct) => database.ReadAsync(async s =>
    {
        var schools = (await s.KnownSchoolsAsync(countyCode)).Where(x => x.IsPublic).ToDictionary(x => x.Id);
        var published = (await s.PublishedPlansAsync(countyCode)).Where(p => p.SchoolYear == schoolYear).ToList();
        var admissions = await s.AdmissionsAsync(countyCode, schoolYear);
        bool InTown(Guid id) => schools.TryGetValue(id, out var x) && TownLocalities.Contains(x.Locality);

        var nearby = Stages.Select(stage =>
        {
            var plan = published.FirstOrDefault(p => p.Stage == stage);
            var zones = plan?.Zones.Where(z => z.Schools.Any(InTown)).ToList();
            var reported = admissions.Where(a => a.Stage == stage && InTown(a.SchoolId)).ToList();
            return new NearbyAdmissionReport(stage, ReviewStandards.NearbyAdmission(stage), plan?.Id,
                zones is null ? null : new NearbyAdmission(stage, ReviewStandards.NearbyAdmission(stage), zones.Sum(z => z.Entrants), zones.Sum(z => Math.Min(z.Entrants, z.Seats))),
                reported.Count == 0 ? null : new NearbyAdmission(stage, ReviewStandards.NearbyAdmission(stage), reported.Sum(a => a.Admitted), reported.Sum(a => a.InZone)));
        }).ToList();

        // The autumn term of the year (its entrants' first term); before it is reported, the autumn before.
        var terms = await s.AutumnTermsAsync(countyCode, schoolYear);
        var termYear = schoolYear;
        if (terms.Count == 0)
        {
            terms = await s.AutumnTermsAsync(countyCode, --termYear);
        }

        var inTerms = terms.Values.Where(t => schools.ContainsKey(t.SchoolId)).ToList();
        var grades = inTerms.SelectMany(t => t.Grades.Select(g => new GradeCount(t.SchoolId, schools[t.SchoolId].Name, schools[t.SchoolId].Stage, g.Grade, g.Students, g.Classes))).ToList();
        var findings = EnrolmentReview.ClassSizes(grades);
        var totals = Stages.Select(stage => new ClassSizeTotal(stage, grades.Where(g => g.Stage == stage).Sum(g => g.Classes),
            findings.Where(f => f.Stage == stage).Sum(f => f.ClassesOverLimit), findings.Where(f => f.Stage == stage).Sum(f => f.LargeClasses))).ToList();
        var sizes = EnrolmentReview.SchoolSizes(inTerms.Select(t => (t.SchoolId, schools[t.SchoolId].Name, schools[t.SchoolId].Stage, t.Students)));
        return new EnrolmentReviewReport(countyCode, schoolYear, inTerms.Count == 0 ? Texts.NoAutumnTerm : Texts.AutumnTerm(termYear), nearby, totals, findings, sizes);
    }, ct);

    /// <summary>Replaces the year's reported admissions; all rows or none.</summary>
    public Task<Outcome<IReadOnlyList<Admission>>> SaveAdmissionsAsync(string countyCode, int schoolYear, IReadOnlyList<AdmissionInput>? body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<IReadOnlyList<Admission>>>(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id);
            var errors = new List<FieldError>();
            var rows = new List<Admission>();
            if (!SchoolYear.IsValid(schoolYear)) { errors.Add(new FieldError("schoolYear", SchoolYear.Rule)); }
            foreach (var (input, i) in (body ?? []).Select((x, i) => (x, i)))
            {
                if (!schools.TryGetValue(input.SchoolId, out var school)) { errors.Add(new FieldError($"[{i}].schoolId", Texts.NotASchool(input.SchoolId))); continue; }
                var (stage, problem) = SeatSupply.StageOf(school.Name, school.Stage, input.Stage);
                if (problem is not null) { errors.Add(new FieldError($"[{i}].stage", problem)); }
                if (input.Admitted < 0) { errors.Add(new FieldError($"[{i}].admitted", Texts.ZeroOrMore)); }
                if (input.InZone < 0 || input.InZone > input.Admitted) { errors.Add(new FieldError($"[{i}].inZone", Texts.InZoneWithin(Math.Max(0, input.Admitted)))); }
                if (rows.Any(r => r.SchoolId == input.SchoolId && r.Stage == stage)) { errors.Add(new FieldError($"[{i}]", Texts.ListedTwice(school.Name, stage))); }
                rows.Add(new Admission(input.SchoolId, stage, input.Admitted, input.InZone));
            }

            if (errors.Count > 0)
            {
                return new Outcome<IReadOnlyList<Admission>>.Invalid(errors);
            }

            var before = await s.AdmissionsAsync(countyCode, schoolYear);
            await s.ReplaceAdmissionsAsync(countyCode, schoolYear, rows);
            await s.WriteAuditAsync(actor, "zoning.admissions", "admissions", $"{countyCode}-{schoolYear}", countyCode, before.Count == 0 ? null : before, rows);
            return rows;
        }, ct);
}

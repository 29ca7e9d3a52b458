using System.Security.Claims;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Rotation.Application;
using EduPlatform.Rotation.Data;
using EduPlatform.Rotation.Domain;
using EduPlatform.Rotation.Domain.Planning;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EduPlatform.Rotation.Api;

/// <summary>The rotation lists a bureau prints: a plan's 交流轮岗名单 with its targets, and the placements and returns.</summary>
static class RotationExports
{
    public static void Map(RouteGroupBuilder county)
    {
        county.MapGet("/plans/{id:guid}/export.xlsx", ExportRotationPlan).WithName(nameof(ExportRotationPlan)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("A plan's 交流轮岗名单 as .xlsx to print: every move with its reasons, the targets met or short, and each school's sent and received.");
        county.MapGet("/plans/{id:guid}/itineraries", GetItineraries).WithName(nameof(GetItineraries))
            .WithSummary("The weekly itineraries (走教) of a plan's itinerant teachers: campuses and days from their classes, travel, the county's transport allowance, and each campus's week.");
        county.MapGet("/plans/{id:guid}/itineraries/export.xlsx", ExportItineraries).WithName(nameof(ExportItineraries)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("The itineraries as .xlsx to print: one row per teacher (the week, travel, allowance) and one per campus (who comes which day).");
        county.MapGet("/placements/export.xlsx", ExportPlacements).WithName(nameof(ExportPlacements)).ProducesFile(FileDownloads.Xlsx)
            .WithSummary("Placements and returns as .xlsx to print: who went where, how, since when, and whether they are back.");
    }

    static string Date(DateOnly? day) => day?.ToString("yyyy-MM-dd") ?? "";

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportRotationPlan(string countyCode, Guid id, RotationDatabase db, CancellationToken ct)
    {
        var file = await db.ReadAsync(async s =>
        {
            if (await s.FindPlanAsync(countyCode, id) is not { } plan)
            {
                return null;
            }

            var people = (await s.ActivePeopleAsync(countyCode)).ToDictionary(p => p.Id);
            var schools = await SchoolDirectory.FactsAsync(s, countyCode, Eligibility.ReferenceDate(plan.SchoolYear));
            string School(Guid school) => schools.TryGetValue(school, out var x) ? x.Name : school.ToString();
            string Name(Guid person) => people.TryGetValue(person, out var p) ? p.Name : person.ToString();
            var moves = plan.Moves.Select(m => m.Move).ToList();
            var moveRows = moves.Select((m, i) =>
            {
                var person = people.GetValueOrDefault(m.PersonId);
                return (IReadOnlyList<object?>)
                [
                    i + 1, Name(m.PersonId), person is null ? "" : (string)Texts.Role(person.Role), (string)Texts.Yes(person?.IsBackbone ?? false),
                    (string)Texts.Stage(m.Stage), m.Subject is null ? "" : (string)Texts.Subject(m.Subject), School(m.FromSchoolId), School(m.ToSchoolId),
                    (string)Texts.Mode(m.Mode), Date(m.StartOn), Date(m.EndOn), m.InReturnFor is { } other ? Name(other) : "",
                    string.Join(Language.IsEnglish ? "; " : "；", m.Reasons.Select(r => (string)r)),
                ];
            });
            var targetRows = plan.Targets.Select(t => (IReadOnlyList<object?>)
            [
                t.Target, (string)t.Scope, t.Required, t.Planned, t.Short, (string)Texts.Yes(t.Met), t.Source, t.Reason is { } why ? (string)why : "",
            ]);
            // Each school with the alliance it is a campus of on the plan's day, and the alliances' totals after their campuses.
            var allianceOf = (await s.AlliancesOnAsync(countyCode, Eligibility.ReferenceDate(plan.SchoolYear)))
                .SelectMany(a => a.Campuses.Select(c => (Campus: c, a.Alliance.Name))).ToDictionary(x => x.Campus, x => x.Name);
            var bySchool = moves.SelectMany(m => new[] { m.FromSchoolId, m.ToSchoolId }).Distinct()
                .Select(x => (Alliance: allianceOf.GetValueOrDefault(x, ""), School: School(x), Sent: moves.Count(m => m.FromSchoolId == x),
                    Received: moves.Count(m => m.ToSchoolId == x)))
                .ToList();
            var schoolRows = bySchool.GroupBy(x => x.Alliance).OrderBy(g => g.Key.Length == 0).ThenBy(g => g.Key, StringComparer.Ordinal)
                .SelectMany(g => g.OrderBy(x => x.School, StringComparer.Ordinal).Select(x => (IReadOnlyList<object?>)[x.Alliance, x.School, x.Sent, x.Received])
                    .Append(g.Key.Length == 0 ? [] : [g.Key, (string)Texts.AllianceTotal, g.Sum(x => x.Sent), g.Sum(x => x.Received)]))
                .Where(r => r.Count > 0);
            var title = ExportTitle.For(await s.CountyNameAsync(countyCode), Texts.PlanTitle(plan.SchoolYear, plan.Status));
            return XlsxWriter.Write(
            [
                new XlsxSheet(Texts.MovesSheet, Texts.MovesHeaders.Items, moveRows, title),
                new XlsxSheet(Texts.TargetsSheet, Texts.TargetsHeaders.Items, targetRows, title),
                new XlsxSheet(Texts.SchoolsSheet, Texts.SchoolsHeaders.Items, schoolRows, title),
            ]);
        }, ct);
        return file is null
            ? Problems.NotFound(Texts.NotInCounty(Texts.PlanEntity(id)))
            : TypedResults.File(file, FileDownloads.Xlsx, $"{countyCode}-交流轮岗名单-{id:N}.xlsx");
    }

    static async Task<Results<Ok<ItineraryPlan>, ProblemHttpResult>> GetItineraries(string countyCode, Guid id, RotationDatabase db, CancellationToken ct) =>
        await db.ReadAsync(async s => await s.FindPlanAsync(countyCode, id) is { } plan ? await ItineraryService.ForPlanAsync(s, plan) : null, ct) is { } itineraries
            ? Reply.Ok(itineraries)
            : Problems.NotFound(Texts.NotInCounty(Texts.PlanEntity(id)));

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportItineraries(string countyCode, Guid id, RotationDatabase db, CancellationToken ct)
    {
        var file = await db.ReadAsync(async s =>
        {
            if (await s.FindPlanAsync(countyCode, id) is not { } plan || await ItineraryService.ForPlanAsync(s, plan) is not { } itineraries)
            {
                return null;
            }

            var week = Itineraries.SchoolWeek;
            var separator = Language.IsEnglish ? "; " : "；";
            var teacherRows = itineraries.Teachers.Select(t => (IReadOnlyList<object?>)
            [
                t.Name, t.Subject is null ? "" : (string)Texts.Subject(t.Subject), t.Home,
                .. week.Select(d => (object?)(t.Week.FirstOrDefault(x => x.Day == d)?.School ?? "")),
                string.Join(separator, t.Campuses.Where(c => !c.Home).Select(c => (string)Texts.CampusDays(c.Name, c.Days, c.DistanceKm))),
                t.WeeklyKm, t.WeeklyMinutes, t.WeeklyAllowance, string.Join(separator, t.Notes.Select(n => (string)n)),
            ]);
            var campusRows = itineraries.Campuses.Select(c => (IReadOnlyList<object?>)
            [
                c.Name,
                .. week.Select(d => (object?)string.Join(separator, c.Visits.Where(v => v.Day == d)
                    .Select(v => $"{v.Teacher}（{(v.Subject is null ? "" : (string)Texts.Subject(v.Subject))}，{v.From}）"))),
            ]);
            var unservedRows = itineraries.Unserved.Select(u => (IReadOnlyList<object?>)[u.Name, (string)Texts.Subject(u.Subject)]);
            var title = ExportTitle.For(await s.CountyNameAsync(countyCode), Texts.ItinerariesTitle(plan.SchoolYear));
            return XlsxWriter.Write(
            [
                new XlsxSheet(Texts.TeachersSheet, Texts.TeachersHeaders.Items, teacherRows, title),
                new XlsxSheet(Texts.CampusesSheet, Texts.CampusesHeaders.Items, campusRows, title),
                new XlsxSheet(Texts.UnservedSheet, Texts.UnservedHeaders.Items, unservedRows, title),
            ]);
        }, ct);
        return file is null
            ? Problems.NotFound(Texts.NotInCounty(Texts.PlanEntity(id)))
            : TypedResults.File(file, FileDownloads.Xlsx, $"{countyCode}-走教安排-{id:N}.xlsx");
    }

    static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportPlacements(string countyCode, string? status, RotationDatabase db, CancellationToken ct)
    {
        var errors = new List<FieldError>();
        var wanted = WireEnum.Optional<PlacementStatus>(status, "status", errors);
        if (errors.Count > 0)
        {
            return Problems.Invalid(errors);
        }

        var file = await db.ReadAsync(async s =>
        {
            var placements = await s.PlacementsAsync(countyCode, wanted, null);
            var names = await s.PersonNamesAsync(countyCode);
            var schools = await SchoolDirectory.FactsAsync(s, countyCode, DateOnly.FromDateTime(DateTime.UtcNow));
            string School(Guid school) => schools.TryGetValue(school, out var x) ? x.Name : school.ToString();
            var rows = placements.OrderBy(p => p.StartOn).ThenBy(p => School(p.HomeSchoolId), StringComparer.Ordinal).Select(p => (IReadOnlyList<object?>)
            [
                names.GetValueOrDefault(p.PersonId, p.PersonId.ToString()), School(p.HomeSchoolId), School(p.HostSchoolId),
                (string)Texts.Mode(p.Mode), (string)Texts.Stage(p.Stage), p.Subject is null ? "" : (string)Texts.Subject(p.Subject),
                Date(p.StartOn), Date(p.EndOn), (string)Texts.PlacementStatus(p.Status), Date(p.EndedOn),
            ]);
            return XlsxWriter.Write(Texts.PlacementsSheet, Texts.PlacementsHeaders.Items, rows,
                ExportTitle.For(await s.CountyNameAsync(countyCode), Texts.PlacementsTitle));
        }, ct);
        return TypedResults.File(file, FileDownloads.Xlsx, $"{countyCode}-交流轮岗派出与返回.xlsx");
    }
}

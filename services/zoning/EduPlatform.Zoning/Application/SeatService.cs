using System.ComponentModel;
using EduPlatform.Kernel;
using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;

namespace EduPlatform.Zoning.Application;

public sealed record StageBalance(string Stage, int Entrants, int Seats, int Shortfall);

public sealed record SeatTable(string CountyCode, int SchoolYear, int PrimaryClassSize, int JuniorClassSize, IReadOnlyList<SchoolSeats> Schools, IReadOnlyList<StageBalance> Stages);

public sealed record EntryClassesInput(
    Guid SchoolId,
    [property: Description("entry classes (起始年级班数) the school opens")] int Classes,
    [property: Description("primary or junior; needed only for a nine-year school")] string? Stage = null);

/// <summary>Seat supply per school for a year, against the entrants the residential units expect; and the bureau's planned entry classes.</summary>
public sealed class SeatService(ZoningDatabase database)
{
    public Task<SeatTable> TableAsync(string countyCode, int schoolYear, CancellationToken ct) =>
        database.ReadAsync(s => TableInSessionAsync(s, countyCode, schoolYear), ct);

    public static async Task<SeatTable> TableInSessionAsync(DbSession s, string countyCode, int schoolYear)
    {
        var settings = await s.ZoningSettingsAsync(countyCode);
        var schools = (await s.KnownSchoolsAsync(countyCode))
            .Select(x => new ZoningSchool(x.Id, x.Name, x.Stage, x.SchoolType, x.IsPublic, x.Latitude, x.Longitude)).ToList();
        var autumn = (await s.AutumnTermsAsync(countyCode, schoolYear - 1))
            .ToDictionary(t => t.Key, t => new AutumnClasses(t.Value.Classes, t.Value.Grades.ToDictionary(g => g.Grade, g => g.Classes)));
        var seats = SeatSupply.For(schools, autumn, await s.PlannedEntryClassesAsync(countyCode, schoolYear), settings);
        var units = await s.UnitsAsync(countyCode, schoolYear);
        var stages = new[] { "primary", "junior" }.Select(stage =>
        {
            var entrants = units.Sum(u => u.Entrants.GetValueOrDefault(stage));
            var supply = seats.Where(x => x.Stage == stage).Sum(x => x.Seats);
            return new StageBalance(stage, entrants, supply, Math.Max(0, entrants - supply));
        }).ToList();
        return new SeatTable(countyCode, schoolYear, settings.PrimaryClassSize, settings.JuniorClassSize, seats, stages);
    }

    public Task<Outcome<SeatTable>> PlanEntryClassesAsync(string countyCode, int schoolYear, IReadOnlyList<EntryClassesInput>? body, string actor, CancellationToken ct) =>
        database.InTransactionAsync<Outcome<SeatTable>>(async s =>
        {
            var schools = (await s.KnownSchoolsAsync(countyCode)).ToDictionary(x => x.Id);
            var errors = new List<FieldError>();
            var rows = new List<(Guid, string, int)>();
            foreach (var (input, i) in (body ?? []).Select((x, i) => (x, i)))
            {
                if (!schools.TryGetValue(input.SchoolId, out var school)) { errors.Add(new FieldError($"[{i}].schoolId", Texts.NotASchool(input.SchoolId))); continue; }
                var (stage, problem) = SeatSupply.StageOf(school.Name, school.Stage, input.Stage);
                if (problem is not null) { errors.Add(new FieldError($"[{i}].stage", problem)); }
                if (input.Classes is < 0 or > 40) { errors.Add(new FieldError($"[{i}].classes", Texts.EntryClassesWithin)); }
                if (rows.Any(r => r.Item1 == input.SchoolId && r.Item2 == stage)) { errors.Add(new FieldError($"[{i}]", Texts.ListedTwice(school.Name, stage))); }
                rows.Add((input.SchoolId, stage, input.Classes));
            }

            if (errors.Count > 0)
            {
                return new Outcome<SeatTable>.Invalid(errors);
            }

            var before = await s.PlannedEntryClassesAsync(countyCode, schoolYear);
            await s.ReplacePlannedEntryClassesAsync(countyCode, schoolYear, rows);
            await s.WriteAuditAsync(actor, "zoning.entry-classes", "planned-entry-classes", schoolYear.ToString(), countyCode,
                before.Select(b => new { b.Key.SchoolId, b.Key.Stage, Classes = b.Value }), rows.Select(r => new { SchoolId = r.Item1, Stage = r.Item2, Classes = r.Item3 }));
            return await TableInSessionAsync(s, countyCode, schoolYear);
        }, ct);
}

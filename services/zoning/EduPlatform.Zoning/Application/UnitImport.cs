using System.Globalization;
using EduPlatform.Kernel;
using EduPlatform.Persistence;
using EduPlatform.ServiceDefaults;
using EduPlatform.Spreadsheets;
using EduPlatform.Zoning.Data;
using EduPlatform.Zoning.Domain;

namespace EduPlatform.Zoning.Application;

public sealed record UnitImportReport(int Rows, int New, int Updated, int Pairs, int? SchoolYear, int PrimaryEntrants, int JuniorEntrants);

/// <summary>
/// Residential units (小区 / 村) from the bureau's .xlsx or .csv: code, name, kind, township, location, aliases, the codes of
/// the units that touch it, and optionally a year's expected entrants per stage. Units are matched by code; a unit's
/// row lists all its neighbours, so the pairs touching the file's units are replaced by the file's. All or nothing.
/// </summary>
public sealed class UnitImport(ZoningDatabase database)
{
    public static ImportSheet Sheet => Texts.UnitsImportSheet;

    static readonly char[] Separators = ['、', ',', '，', ';', '；', '/'];
    static readonly Dictionary<string, string> Kinds = new() { ["小区"] = "community", ["社区"] = "community", ["村"] = "village", ["community"] = "community", ["village"] = "village" };

    public Task<Outcome<UnitImportReport>> ImportAsync(string countyCode, string fileName, byte[] content, string actor, CancellationToken ct) =>
        ImportAsync(countyCode, RosterFile.Open(fileName, content, Sheet), actor, ct);

    /// <summary>The rows, from a file or from JSON (<see cref="ImportSheet.TableOf"/>): the same checks, all or none.</summary>
    public async Task<Outcome<UnitImportReport>> ImportAsync(string countyCode, Outcome<RosterFile> opened, string actor, CancellationToken ct)
    {
        if (opened is not Outcome<RosterFile>.Ok { Result: var roster })
        {
            return RosterFile.Failure<UnitImportReport>(opened);
        }

        return await database.InTransactionAsync<Outcome<UnitImportReport>>(async s =>
        {
            var existing = (await s.UnitsAsync(countyCode)).ToDictionary(u => u.Code);
            var errors = new List<FieldError>();
            var rows = new List<(ResidentialUnit Unit, string[] Neighbours, int Row, int? Year, int? Primary, int? Junior)>();
            foreach (var row in roster.Table.Rows.Where(r => !r.IsBlank))
            {
                string Cell(string column) => row[roster.Columns[column]].Trim();
                var code = Cell("code");
                var at = row.RowNumber;
                if (code.Length == 0) { errors.Add(new FieldError("code", Texts.Required, at)); continue; }
                if (rows.FirstOrDefault(r => r.Unit.Code == code) is { Unit: not null } twice) { errors.Add(new FieldError("code", Texts.AppearsInRow(code, twice.Row), at)); continue; }

                var kindText = Cell("kind");
                var kind = kindText.Length == 0 ? "community" : Kinds.GetValueOrDefault(kindText);
                if (kind is null) { errors.Add(new FieldError("kind", Texts.NotAKind(kindText), at)); }
                var latitude = Number(Cell("latitude"), -90, 90, "latitude", at, errors);
                var longitude = Number(Cell("longitude"), -180, 180, "longitude", at, errors);
                var name = Cell("name");
                if (name.Length == 0) { errors.Add(new FieldError("name", Texts.Required, at)); }

                int? year = null, primary = null, junior = null;
                if (Cell("year").Length > 0)
                {
                    if (CellText.TryWholeNumber(Cell("year"), out var y) && y is >= 2000 and <= 2100) { year = y; }
                    else { errors.Add(new FieldError("year", Texts.NotAYear(Cell("year")), at)); }
                }

                primary = Count(Cell("primary"), "primary", at, errors);
                junior = Count(Cell("junior"), "junior", at, errors);
                if ((primary is not null || junior is not null) && year is null && Cell("year").Length == 0)
                {
                    errors.Add(new FieldError("year", Texts.YearWithEntrants, at));
                }

                var unit = new ResidentialUnit
                {
                    Id = existing.TryGetValue(code, out var known) ? known.Id : Guid.CreateVersion7(), CountyCode = countyCode, Code = code, Name = name,
                    Kind = kind ?? "community", Township = Cell("township"), Latitude = latitude ?? 0, Longitude = longitude ?? 0,
                    Aliases = Cell("aliases").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToList(),
                };
                rows.Add((unit, Cell("neighbours").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries), at, year, primary, junior));
            }

            var ids = rows.ToDictionary(r => r.Unit.Code, r => r.Unit.Id);
            foreach (var (code, unit) in existing.Where(e => !ids.ContainsKey(e.Key)))
            {
                ids[code] = unit.Id;
            }

            var pairs = new List<(Guid, Guid)>();
            foreach (var (unit, neighbours, at, _, _, _) in rows)
            {
                foreach (var neighbour in neighbours)
                {
                    if (neighbour == unit.Code) { errors.Add(new FieldError("neighbours", Texts.TouchesItself(unit.Code), at)); }
                    else if (!ids.TryGetValue(neighbour, out var other)) { errors.Add(new FieldError("neighbours", Texts.UnknownNeighbour(neighbour), at)); }
                    else { pairs.Add((unit.Id, other)); }
                }
            }

            if (errors.Count > 0)
            {
                return new Outcome<UnitImportReport>.Invalid(errors);
            }

            foreach (var (unit, _, _, year, primary, junior) in rows)
            {
                await s.UpsertUnitAsync(unit);
                if (year is { } y)
                {
                    if (primary is { } p) { await s.SetEntrantsAsync(unit.Id, y, "primary", p); }
                    if (junior is { } j) { await s.SetEntrantsAsync(unit.Id, y, "junior", j); }
                }
            }

            await s.ReplaceAdjacencyAsync(rows.Select(r => r.Unit.Id).ToList(), pairs);
            var years = rows.Select(r => r.Year).Where(y => y is not null).Distinct().ToList();
            var report = new UnitImportReport(rows.Count, rows.Count(r => !existing.ContainsKey(r.Unit.Code)), rows.Count(r => existing.ContainsKey(r.Unit.Code)),
                pairs.Select(p => p.Item1.CompareTo(p.Item2) < 0 ? p : (p.Item2, p.Item1)).Distinct().Count(), years.Count == 1 ? years[0] : null,
                rows.Sum(r => r.Primary ?? 0), rows.Sum(r => r.Junior ?? 0));
            await s.WriteAuditAsync(actor, "zoning.units.import", "residential-units", roster.Source, countyCode, null, report);
            return report;
        }, ct);
    }

    static double? Number(string text, double min, double max, string field, int row, List<FieldError> errors)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(new FieldError(field, Texts.NotANumberWithin(text, min, max), row));
        return null;
    }

    static int? Count(string text, string field, int row, List<FieldError> errors)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (CellText.TryWholeNumber(text, out var value) && value >= 0)
        {
            return value;
        }

        errors.Add(new FieldError(field, Texts.NotAChildCount(text), row));
        return null;
    }
}

using EduPlatform.OrganizationCopy;
using EduPlatform.Persistence;

namespace EduPlatform.Platform.Tests;

/// <summary>A database that keeps the organization copy, as staffing, rotation, zoning and evaluation do.</summary>
[SharedSchema(OrganizationCopySchema.Source, typeof(OrganizationCopySchema))]
public sealed class CopyKeepingDatabase(ServiceDatabaseSettings settings) : ServiceDatabase(settings)
{
    public static CopyKeepingDatabase CreateTemporary() =>
        new(new ServiceDatabaseSettings("test", DatabaseEngine.Sqlite, $"Data Source={TestDatabase.TempFile()}"));

    public Task<List<string>> ColumnsAsync(string table) =>
        ReadAsync(async s => (await s.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}') ORDER BY name")).ToList(), CancellationToken.None);
}

/// <summary>
/// The organization copy's tables are one migration source shared by the services that keep them. Databases whose
/// service migrations created those tables before the move (each service at its own step) are adopted: what exists is
/// journaled, what is missing is added, nothing runs twice and no row is lost.
/// </summary>
public sealed class SharedSchemaMigrationTests
{
    static readonly string[] FinalSchoolColumns =
        ["Code", "CountyCode", "Id", "IsBoarding", "IsPublic", "KindergartenDay", "Latitude", "Locality", "Longitude", "Name",
         "SchoolType", "SourceVersion", "Stage", "Township"];

    const string OldOrganizationTables = """
        CREATE TABLE known_terms (SchoolId TEXT NOT NULL, SchoolYear INTEGER NOT NULL, Season TEXT NOT NULL, CountyCode TEXT NOT NULL,
            Students INTEGER NOT NULL, Classes INTEGER NOT NULL, Grades TEXT NOT NULL, SourceVersion INTEGER NOT NULL,
            PRIMARY KEY (SchoolId, SchoolYear, Season));
        CREATE TABLE known_alliances (Id TEXT NOT NULL PRIMARY KEY, CountyCode TEXT NOT NULL, Name TEXT NOT NULL, Kind TEXT NOT NULL,
            Category TEXT NOT NULL, Stage TEXT NOT NULL, CoreSchoolId TEXT NOT NULL, FormedOn TEXT NOT NULL, DissolvedOn TEXT NULL,
            SourceVersion INTEGER NOT NULL);
        CREATE TABLE known_alliance_members (AllianceId TEXT NOT NULL, SchoolId TEXT NOT NULL, JoinedOn TEXT NOT NULL, LeftOn TEXT NULL,
            PRIMARY KEY (AllianceId, SchoolId, JoinedOn));
        """;

    [Fact]
    public async Task A_new_database_gets_the_copy_from_its_own_source_before_the_services_steps()
    {
        var db = CopyKeepingDatabase.CreateTemporary();

        var applied = await Migrator.MigrateAsync(db, CancellationToken.None);

        var copySteps = applied.Where(s => s.Source == OrganizationCopySchema.Source).ToList();
        Assert.Equal([1, 2, 3, 4, 5, 6], copySteps.Select(s => s.Step));
        Assert.All(copySteps, s => Assert.False(s.Adopted));
        Assert.Equal(["platform", OrganizationCopySchema.Source, "service"], applied.Select(s => s.Source).Distinct());
        Assert.Equal(FinalSchoolColumns, await db.ColumnsAsync("known_schools"));
        Assert.Empty(await Migrator.MigrateAsync(db, CancellationToken.None));
    }

    [Fact]
    public async Task A_staffing_database_from_before_the_move_keeps_its_rows_and_gains_only_the_missing_columns()
    {
        // Staffing at its step 5: known_schools as its 0001 created it plus 0003's Code; 0006 and 0008 not yet applied.
        var db = CopyKeepingDatabase.CreateTemporary();
        var schoolId = Guid.NewGuid();
        await db.InTransactionAsync(async s =>
        {
            await s.ExecuteAsync("""
                CREATE TABLE known_schools (Id TEXT NOT NULL PRIMARY KEY, CountyCode TEXT NOT NULL, Name TEXT NOT NULL, Stage TEXT NOT NULL,
                    SchoolType TEXT NOT NULL, IsPublic INTEGER NOT NULL, IsBoarding INTEGER NOT NULL, KindergartenDay TEXT NULL,
                    SourceVersion INTEGER NOT NULL);
                ALTER TABLE known_schools ADD COLUMN Code TEXT NOT NULL DEFAULT '';
                """ + OldOrganizationTables + """
                CREATE INDEX ix_known_terms_county ON known_terms (CountyCode, SchoolYear, Season);
                """);
            await s.ExecuteAsync(
                "INSERT INTO known_schools (Id, CountyCode, Name, Stage, SchoolType, IsPublic, IsBoarding, SourceVersion, Code) VALUES (@Id, '421125', '城关小学', 'primary', 'complete', 1, 0, 3, 'CG01')",
                new { Id = schoolId });
        }, CancellationToken.None);

        var copySteps = (await Migrator.MigrateAsync(db, CancellationToken.None)).Where(s => s.Source == OrganizationCopySchema.Source).ToList();

        Assert.Equal(["1 adopted", "2 adopted", "3 applied", "4 applied", "5 adopted", "6 applied"],
            copySteps.Select(s => $"{s.Step} {(s.Adopted ? "adopted" : "applied")}"));
        Assert.Equal(FinalSchoolColumns, await db.ColumnsAsync("known_schools"));
        var kept = await db.ReadAsync(s => s.QueryAsync<(string Code, string Locality, int SourceVersion)>(
            "SELECT Code, Locality, SourceVersion FROM known_schools WHERE Id = @Id", new { Id = schoolId }), CancellationToken.None);
        Assert.Equal(("CG01", "", 3), Assert.Single(kept));
    }

    [Fact]
    public async Task A_zoning_database_from_before_the_move_is_adopted_whole_and_gains_the_terms_index()
    {
        var db = CopyKeepingDatabase.CreateTemporary();
        await db.InTransactionAsync(s => s.ExecuteAsync("""
            CREATE TABLE known_schools (Id TEXT NOT NULL PRIMARY KEY, CountyCode TEXT NOT NULL, Code TEXT NOT NULL, Name TEXT NOT NULL,
                Stage TEXT NOT NULL, SchoolType TEXT NOT NULL, Locality TEXT NOT NULL, Township TEXT NOT NULL, Latitude REAL NULL,
                Longitude REAL NULL, IsPublic INTEGER NOT NULL, IsBoarding INTEGER NOT NULL, KindergartenDay TEXT NULL, SourceVersion INTEGER NOT NULL);
            """ + OldOrganizationTables), CancellationToken.None);

        var copySteps = (await Migrator.MigrateAsync(db, CancellationToken.None)).Where(s => s.Source == OrganizationCopySchema.Source).ToList();

        Assert.Equal(["1 adopted", "2 adopted", "3 adopted", "4 adopted", "5 applied", "6 applied"],
            copySteps.Select(s => $"{s.Step} {(s.Adopted ? "adopted" : "applied")}"));
        var index = await db.ReadAsync(s => s.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = 'ix_known_terms_county'"), CancellationToken.None);
        Assert.Equal(1, index);
    }

    [Theory]
    [InlineData(DatabaseEngine.Sqlite)]
    [InlineData(DatabaseEngine.SqlServer)]
    public void Every_step_of_the_copy_says_what_makes_it_already_done_on_both_engines(DatabaseEngine engine)
    {
        var steps = Migrator.ScriptsFor(typeof(CopyKeepingDatabase), engine).Where(s => s.Source == OrganizationCopySchema.Source).ToList();

        Assert.Equal(
            ["1 table known_schools", "2 column known_schools.Code", "3 column known_schools.Locality", "4 column known_schools.Latitude",
             "5 index ix_known_terms_county", "6 table known_counties"],
            steps.Select(s => $"{s.Step} {s.AdoptIfPresent?.Kind} {s.AdoptIfPresent?.Name}"));
    }
}

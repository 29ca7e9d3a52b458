-- The county's zoning settings: class sizes for seat supply (standards.md: primary ≤ 45, junior ≤ 50).
CREATE TABLE zoning_settings (
    CountyCode       TEXT NOT NULL PRIMARY KEY,
    PrimaryClassSize INTEGER NOT NULL,
    JuniorClassSize  INTEGER NOT NULL,
    Version          INTEGER NOT NULL,
    UpdatedAt        TEXT NOT NULL
);

-- Residential units (小区 / 村): where children live.
CREATE TABLE residential_units (
    Id         TEXT NOT NULL PRIMARY KEY,
    CountyCode TEXT NOT NULL,
    Code       TEXT NOT NULL,
    Name       TEXT NOT NULL,
    Kind       TEXT NOT NULL,
    Township   TEXT NOT NULL,
    Latitude   REAL NOT NULL,
    Longitude  REAL NOT NULL,
    Aliases    TEXT NOT NULL,
    UpdatedAt  TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_residential_units_code ON residential_units (CountyCode, Code);

-- Which units touch (stored once per pair, the smaller id first).
CREATE TABLE unit_adjacency (
    UnitA TEXT NOT NULL,
    UnitB TEXT NOT NULL,
    PRIMARY KEY (UnitA, UnitB)
);

-- Expected entrants per unit, stage and year.
CREATE TABLE unit_entrants (
    UnitId     TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    Stage      TEXT NOT NULL,
    Entrants   INTEGER NOT NULL,
    PRIMARY KEY (UnitId, SchoolYear, Stage)
);

-- Entry classes a school plans for a year and stage, where the bureau sets them (otherwise last autumn's entry grade).
CREATE TABLE planned_entry_classes (
    SchoolId   TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    Stage      TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Classes    INTEGER NOT NULL,
    PRIMARY KEY (SchoolId, SchoolYear, Stage)
);

-- Zoning's own copy of the organization service's schools, terms and alliances (EduPlatform.OrganizationCopy).
CREATE TABLE known_schools (
    Id              TEXT NOT NULL PRIMARY KEY,
    CountyCode      TEXT NOT NULL,
    Code            TEXT NOT NULL,
    Name            TEXT NOT NULL,
    Stage           TEXT NOT NULL,
    SchoolType      TEXT NOT NULL,
    Locality        TEXT NOT NULL,
    Township        TEXT NOT NULL,
    Latitude        REAL NULL,
    Longitude       REAL NULL,
    IsPublic        INTEGER NOT NULL,
    IsBoarding      INTEGER NOT NULL,
    KindergartenDay TEXT NULL,
    SourceVersion   INTEGER NOT NULL
);
CREATE INDEX ix_known_schools_county ON known_schools (CountyCode);

CREATE TABLE known_terms (
    SchoolId      TEXT NOT NULL,
    SchoolYear    INTEGER NOT NULL,
    Season        TEXT NOT NULL,
    CountyCode    TEXT NOT NULL,
    Students      INTEGER NOT NULL,
    Classes       INTEGER NOT NULL,
    Grades        TEXT NOT NULL,
    SourceVersion INTEGER NOT NULL,
    PRIMARY KEY (SchoolId, SchoolYear, Season)
);

CREATE TABLE known_alliances (
    Id            TEXT NOT NULL PRIMARY KEY,
    CountyCode    TEXT NOT NULL,
    Name          TEXT NOT NULL,
    Kind          TEXT NOT NULL,
    Category      TEXT NOT NULL,
    Stage         TEXT NOT NULL,
    CoreSchoolId  TEXT NOT NULL,
    FormedOn      TEXT NOT NULL,
    DissolvedOn   TEXT NULL,
    SourceVersion INTEGER NOT NULL
);
CREATE INDEX ix_known_alliances_county ON known_alliances (CountyCode);

CREATE TABLE known_alliance_members (
    AllianceId TEXT NOT NULL,
    SchoolId   TEXT NOT NULL,
    JoinedOn   TEXT NOT NULL,
    LeftOn     TEXT NULL,
    PRIMARY KEY (AllianceId, SchoolId, JoinedOn)
);

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

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.

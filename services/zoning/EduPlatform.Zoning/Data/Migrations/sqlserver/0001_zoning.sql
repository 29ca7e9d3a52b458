-- The county's zoning settings: class sizes for seat supply (standards.md: primary ≤ 45, junior ≤ 50).
CREATE TABLE zoning_settings (
    CountyCode       NVARCHAR(6) NOT NULL PRIMARY KEY,
    PrimaryClassSize INT NOT NULL,
    JuniorClassSize  INT NOT NULL,
    Version          INT NOT NULL,
    UpdatedAt        DATETIMEOFFSET NOT NULL
);

-- Residential units (小区 / 村): where children live.
CREATE TABLE residential_units (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    Code       NVARCHAR(40) NOT NULL,
    Name       NVARCHAR(100) NOT NULL,
    Kind       NVARCHAR(20) NOT NULL,
    Township   NVARCHAR(100) NOT NULL,
    Latitude   FLOAT NOT NULL,
    Longitude  FLOAT NOT NULL,
    Aliases    NVARCHAR(MAX) NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX ux_residential_units_code ON residential_units (CountyCode, Code);

-- Which units touch (stored once per pair, the smaller id first).
CREATE TABLE unit_adjacency (
    UnitA UNIQUEIDENTIFIER NOT NULL,
    UnitB UNIQUEIDENTIFIER NOT NULL,
    CONSTRAINT pk_unit_adjacency PRIMARY KEY (UnitA, UnitB)
);

-- Expected entrants per unit, stage and year.
CREATE TABLE unit_entrants (
    UnitId     UNIQUEIDENTIFIER NOT NULL,
    SchoolYear INT NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    Entrants   INT NOT NULL,
    CONSTRAINT pk_unit_entrants PRIMARY KEY (UnitId, SchoolYear, Stage)
);

-- Entry classes a school plans for a year and stage, where the bureau sets them (otherwise last autumn's entry grade).
CREATE TABLE planned_entry_classes (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    SchoolYear INT NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Classes    INT NOT NULL,
    CONSTRAINT pk_planned_entry_classes PRIMARY KEY (SchoolId, SchoolYear, Stage)
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.

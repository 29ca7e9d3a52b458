-- adopt-if-present: table known_schools
-- A service's own copy of the organization service's schools, terms and alliances, fed by its events (KnownOrganization).
CREATE TABLE known_schools (
    Id              TEXT NOT NULL PRIMARY KEY,
    CountyCode      TEXT NOT NULL,
    Name            TEXT NOT NULL,
    Stage           TEXT NOT NULL,
    SchoolType      TEXT NOT NULL,
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

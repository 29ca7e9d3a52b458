-- The county's rotation policy: a preset and the values the county sets itself.
CREATE TABLE rotation_settings (
    CountyCode            TEXT NOT NULL PRIMARY KEY,
    Preset                TEXT NOT NULL,
    TeacherYearsAtSchool  INTEGER NULL,
    PrincipalTermYears    INTEGER NULL,
    MinShareOfEligible    REAL NULL,
    BackboneMinShare      REAL NULL,
    BackboneShareBase     TEXT NULL,
    MenOverAge            INTEGER NULL,
    WomenOverAge          INTEGER NULL,
    Version               INTEGER NOT NULL,
    UpdatedAt             TEXT NOT NULL
);

-- Teachers and cadres. IdNumber is the resident identity number: stored, never logged, masked in responses.
CREATE TABLE people (
    Id              TEXT NOT NULL PRIMARY KEY,
    CountyCode      TEXT NOT NULL,
    Name            TEXT NOT NULL,
    IdNumber        TEXT NOT NULL,
    Gender          TEXT NOT NULL,
    BirthDate       TEXT NOT NULL,
    Role            TEXT NOT NULL,
    Stage           TEXT NOT NULL,
    Subjects        TEXT NOT NULL,
    Title           TEXT NOT NULL,
    PostLevel       TEXT NOT NULL,
    Backbone        TEXT NOT NULL,
    GradeBand       TEXT NULL,
    HiredOn         TEXT NOT NULL,
    InPostSince     TEXT NULL,
    CurrentSchoolId TEXT NOT NULL,
    Statuses        TEXT NOT NULL,
    Wishes          TEXT NOT NULL,
    LeftOn          TEXT NULL,
    Version         INTEGER NOT NULL,
    UpdatedAt       TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_people_id_number ON people (CountyCode, IdNumber);
CREATE INDEX ix_people_school ON people (CountyCode, CurrentSchoolId);

CREATE TABLE person_stints (
    PersonId   TEXT NOT NULL,
    SchoolId   TEXT NOT NULL,
    FromDate   TEXT NOT NULL,
    ToDate     TEXT NULL,
    ByRotation INTEGER NOT NULL,
    PRIMARY KEY (PersonId, SchoolId, FromDate)
);

-- Rotation's own copy of the organization service's schools, terms and alliances (EduPlatform.OrganizationCopy).
CREATE TABLE known_schools (
    Id              TEXT NOT NULL PRIMARY KEY,
    CountyCode      TEXT NOT NULL,
    Code            TEXT NOT NULL,
    Name            TEXT NOT NULL,
    Stage           TEXT NOT NULL,
    SchoolType      TEXT NOT NULL,
    Locality        TEXT NOT NULL,
    Township        TEXT NOT NULL,
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

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

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.

-- The county's evaluation settings (thresholds, composite weights, reward share), as JSON with a version.
CREATE TABLE evaluation_settings (
    CountyCode TEXT NOT NULL PRIMARY KEY,
    Settings   TEXT NOT NULL,
    Version    INTEGER NOT NULL,
    UpdatedAt  TEXT NOT NULL
);

-- What each school reported for a school year and stage: the seven resource inputs (all or none) and quality measures.
CREATE TABLE school_figures (
    SchoolId             TEXT NOT NULL,
    SchoolYear           INTEGER NOT NULL,
    Stage                TEXT NOT NULL,
    CountyCode           TEXT NOT NULL,
    Students             INTEGER NOT NULL,
    Teachers             INTEGER NULL,
    QualifiedTeachers    REAL NULL,
    BackboneTeachers     REAL NULL,
    PeArtsTeachers       REAL NULL,
    TeachingArea         REAL NULL,
    SportsArea           REAL NULL,
    EquipmentValue       REAL NULL,
    MultimediaClassrooms REAL NULL,
    AcademicScore        REAL NULL,
    ConsolidationRate    REAL NULL,
    ParentSatisfaction   REAL NULL,
    SocialRecognition    REAL NULL,
    ReturningStudents    INTEGER NULL,
    UpdatedAt            TEXT NOT NULL,
    PRIMARY KEY (SchoolId, SchoolYear, Stage)
);
CREATE INDEX ix_school_figures_county ON school_figures (CountyCode, SchoolYear);

-- Districts (学区, seed 004) the bureau groups schools into for the balance review.
CREATE TABLE districts (
    Id         TEXT NOT NULL PRIMARY KEY,
    CountyCode TEXT NOT NULL,
    Name       TEXT NOT NULL,
    SchoolIds  TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_districts_name ON districts (CountyCode, Name);

-- Rotation's placements (PersonPlaced, PersonReturned): who was seconded where, when.
CREATE TABLE placements (
    PlacementId  TEXT NOT NULL PRIMARY KEY,
    CountyCode   TEXT NOT NULL,
    PersonId     TEXT NOT NULL,
    HomeSchoolId TEXT NOT NULL,
    HostSchoolId TEXT NOT NULL,
    AllianceId   TEXT NULL,
    Mode         TEXT NOT NULL,
    Role         TEXT NOT NULL,
    Stage        TEXT NOT NULL,
    Backbone     INTEGER NOT NULL,
    StartOn      TEXT NOT NULL,
    EndOn        TEXT NOT NULL,
    ReturnedOn   TEXT NULL
);
CREATE INDEX ix_placements_county ON placements (CountyCode);

-- Rotation's approved plans (RotationPlanApproved): the review's rotation shares.
CREATE TABLE rotation_plans (
    PlanId           TEXT NOT NULL PRIMARY KEY,
    CountyCode       TEXT NOT NULL,
    SchoolYear       INTEGER NOT NULL,
    AllianceId       TEXT NULL,
    Moves            INTEGER NOT NULL,
    RotatingTeachers INTEGER NOT NULL,
    RotatingBackbone INTEGER NOT NULL,
    EligibleTeachers INTEGER NOT NULL
);

-- The ratings schools propose (年度考核) before the bundled evaluation's caps.
CREATE TABLE proposed_ratings (
    PersonId         TEXT NOT NULL,
    SchoolYear       INTEGER NOT NULL,
    CountyCode       TEXT NOT NULL,
    Name             TEXT NOT NULL,
    SchoolId         TEXT NOT NULL,
    Role             TEXT NOT NULL,
    Rating           TEXT NOT NULL,
    TeachingProgress REAL NULL,
    PRIMARY KEY (PersonId, SchoolYear)
);
CREATE INDEX ix_proposed_ratings_county ON proposed_ratings (CountyCode, SchoolYear);

-- Kindergarten pilot reviews (领航共建): each semester (autumn, spring) and the school year (year).
CREATE TABLE kindergarten_reviews (
    SchoolId   TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    Period     TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Result     TEXT NOT NULL,
    ReviewedOn TEXT NOT NULL,
    Comment    TEXT NULL,
    PRIMARY KEY (SchoolId, SchoolYear, Period)
);

-- Each finalisation of a year: the bundled results and final ratings as published.
CREATE TABLE finalisations (
    Id          TEXT NOT NULL PRIMARY KEY,
    CountyCode  TEXT NOT NULL,
    SchoolYear  INTEGER NOT NULL,
    Number      INTEGER NOT NULL,
    FinalizedAt TEXT NOT NULL,
    Actor       TEXT NOT NULL,
    Bundles     TEXT NOT NULL,
    Ratings     TEXT NOT NULL
);
CREATE UNIQUE INDEX ux_finalisations_year ON finalisations (CountyCode, SchoolYear, Number);

-- The reward split of a year (以奖代补).
CREATE TABLE reward_splits (
    CountyCode  TEXT NOT NULL,
    SchoolYear  INTEGER NOT NULL,
    Fund        INTEGER NOT NULL,
    Split       TEXT NOT NULL,
    Version     INTEGER NOT NULL,
    UpdatedAt   TEXT NOT NULL,
    PRIMARY KEY (CountyCode, SchoolYear)
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.

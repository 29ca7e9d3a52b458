-- The county's evaluation settings (thresholds, composite weights, reward share), as JSON with a version.
CREATE TABLE evaluation_settings (
    CountyCode NVARCHAR(6) NOT NULL PRIMARY KEY,
    Settings   NVARCHAR(MAX) NOT NULL,
    Version    INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL
);

-- What each school reported for a school year and stage: the seven resource inputs (all or none) and quality measures.
CREATE TABLE school_figures (
    SchoolId             UNIQUEIDENTIFIER NOT NULL,
    SchoolYear           INT NOT NULL,
    Stage                NVARCHAR(20) NOT NULL,
    CountyCode           NVARCHAR(6) NOT NULL,
    Students             INT NOT NULL,
    Teachers             INT NULL,
    QualifiedTeachers    FLOAT NULL,
    BackboneTeachers     FLOAT NULL,
    PeArtsTeachers       FLOAT NULL,
    TeachingArea         FLOAT NULL,
    SportsArea           FLOAT NULL,
    EquipmentValue       FLOAT NULL,
    MultimediaClassrooms FLOAT NULL,
    AcademicScore        FLOAT NULL,
    ConsolidationRate    FLOAT NULL,
    ParentSatisfaction   FLOAT NULL,
    SocialRecognition    FLOAT NULL,
    ReturningStudents    INT NULL,
    UpdatedAt            DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_school_figures PRIMARY KEY (SchoolId, SchoolYear, Stage)
);
CREATE INDEX ix_school_figures_county ON school_figures (CountyCode, SchoolYear);

-- Districts (学区, seed 004) the bureau groups schools into for the balance review.
CREATE TABLE districts (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    Name       NVARCHAR(100) NOT NULL,
    SchoolIds  NVARCHAR(MAX) NOT NULL
);
CREATE UNIQUE INDEX ux_districts_name ON districts (CountyCode, Name);

-- Rotation's placements (PersonPlaced, PersonReturned): who was seconded where, when.
CREATE TABLE placements (
    PlacementId  UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode   NVARCHAR(6) NOT NULL,
    PersonId     UNIQUEIDENTIFIER NOT NULL,
    HomeSchoolId UNIQUEIDENTIFIER NOT NULL,
    HostSchoolId UNIQUEIDENTIFIER NOT NULL,
    AllianceId   UNIQUEIDENTIFIER NULL,
    Mode         NVARCHAR(20) NOT NULL,
    Role         NVARCHAR(20) NOT NULL,
    Stage        NVARCHAR(20) NOT NULL,
    Backbone     BIT NOT NULL,
    StartOn      DATE NOT NULL,
    EndOn        DATE NOT NULL,
    ReturnedOn   DATE NULL
);
CREATE INDEX ix_placements_county ON placements (CountyCode);

-- Rotation's approved plans (RotationPlanApproved): the review's rotation shares.
CREATE TABLE rotation_plans (
    PlanId           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode       NVARCHAR(6) NOT NULL,
    SchoolYear       INT NOT NULL,
    AllianceId       UNIQUEIDENTIFIER NULL,
    Moves            INT NOT NULL,
    RotatingTeachers INT NOT NULL,
    RotatingBackbone INT NOT NULL,
    EligibleTeachers INT NOT NULL
);

-- The ratings schools propose (年度考核) before the bundled evaluation's caps.
CREATE TABLE proposed_ratings (
    PersonId         UNIQUEIDENTIFIER NOT NULL,
    SchoolYear       INT NOT NULL,
    CountyCode       NVARCHAR(6) NOT NULL,
    Name             NVARCHAR(100) NOT NULL,
    SchoolId         UNIQUEIDENTIFIER NOT NULL,
    Role             NVARCHAR(20) NOT NULL,
    Rating           NVARCHAR(30) NOT NULL,
    TeachingProgress FLOAT NULL,
    CONSTRAINT pk_proposed_ratings PRIMARY KEY (PersonId, SchoolYear)
);
CREATE INDEX ix_proposed_ratings_county ON proposed_ratings (CountyCode, SchoolYear);

-- Kindergarten pilot reviews (领航共建): each semester (autumn, spring) and the school year (year).
CREATE TABLE kindergarten_reviews (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    SchoolYear INT NOT NULL,
    Period     NVARCHAR(10) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Result     NVARCHAR(20) NOT NULL,
    ReviewedOn DATE NOT NULL,
    Comment    NVARCHAR(500) NULL,
    CONSTRAINT pk_kindergarten_reviews PRIMARY KEY (SchoolId, SchoolYear, Period)
);

-- Each finalisation of a year: the bundled results and final ratings as published.
CREATE TABLE finalisations (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL,
    SchoolYear  INT NOT NULL,
    Number      INT NOT NULL,
    FinalizedAt DATETIMEOFFSET NOT NULL,
    Actor       NVARCHAR(200) NOT NULL,
    Bundles     NVARCHAR(MAX) NOT NULL,
    Ratings     NVARCHAR(MAX) NOT NULL
);
CREATE UNIQUE INDEX ux_finalisations_year ON finalisations (CountyCode, SchoolYear, Number);

-- The reward split of a year (以奖代补).
CREATE TABLE reward_splits (
    CountyCode  NVARCHAR(6) NOT NULL,
    SchoolYear  INT NOT NULL,
    Fund        BIGINT NOT NULL,
    Split       NVARCHAR(MAX) NOT NULL,
    Version     INT NOT NULL,
    UpdatedAt   DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_reward_splits PRIMARY KEY (CountyCode, SchoolYear)
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.

-- evaluation database schema for SQL Server, generated from the service's migrations (deploy/README.md).
-- Run once on an empty database: sqlcmd -b -S <server> -d evaluation -i evaluation.sql
-- The service finds these steps in schema_journal and applies only later ones at start.
:on error exit
SET XACT_ABORT ON;
BEGIN TRANSACTION;
GO

IF OBJECT_ID('schema_journal') IS NULL
CREATE TABLE schema_journal (
    Source NVARCHAR(50) NOT NULL, Step INT NOT NULL, Name NVARCHAR(200) NOT NULL, AppliedAt DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_schema_journal PRIMARY KEY (Source, Step))
GO
-- platform step 1: platform
-- Outbox, inbox, audit and relay lease: the tables every service's database carries.
CREATE TABLE outbox_messages (
    Sequence    BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    MessageId   UNIQUEIDENTIFIER NOT NULL UNIQUE,
    MessageType NVARCHAR(300) NOT NULL,
    CountyCode  NVARCHAR(6) NOT NULL,
    Payload     NVARCHAR(MAX) NOT NULL,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    SentAt      DATETIMEOFFSET NULL,
    Attempts    INT NOT NULL DEFAULT 0,
    TraceParent NVARCHAR(100) NULL,
    LastError   NVARCHAR(2000) NULL
);
CREATE INDEX ix_outbox_unsent ON outbox_messages (Sequence) WHERE SentAt IS NULL;
CREATE INDEX ix_outbox_sent ON outbox_messages (SentAt) WHERE SentAt IS NOT NULL;

CREATE TABLE inbox_messages (
    MessageId  UNIQUEIDENTIFIER NOT NULL,
    Consumer   NVARCHAR(200) NOT NULL,
    ReceivedAt DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_inbox PRIMARY KEY (MessageId, Consumer)
);

CREATE TABLE audit_log (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    OccurredAt DATETIMEOFFSET NOT NULL,
    Actor      NVARCHAR(200) NOT NULL,
    Action     NVARCHAR(100) NOT NULL,
    EntityType NVARCHAR(100) NOT NULL,
    EntityId   NVARCHAR(100) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Before     NVARCHAR(MAX) NULL,
    After      NVARCHAR(MAX) NULL
);
CREATE INDEX ix_audit_entity ON audit_log (EntityType, EntityId, OccurredAt);
CREATE INDEX ix_audit_county ON audit_log (CountyCode, OccurredAt);

CREATE TABLE relay_leases (
    Name      NVARCHAR(100) NOT NULL PRIMARY KEY,
    Owner     NVARCHAR(200) NULL,
    ExpiresAt DATETIMEOFFSET NOT NULL
);
INSERT INTO relay_leases (Name, Owner, ExpiresAt) VALUES ('outbox', NULL, '0001-01-01T00:00:00+00:00');
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'platform', 1, N'platform', SYSDATETIMEOFFSET());
GO

-- platform step 2: event_feed
-- The replay feed reads a county's events in outbox order (GET /api/{service}/events?county=…).
CREATE INDEX ix_outbox_county ON outbox_messages (CountyCode, Sequence);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'platform', 2, N'event_feed', SYSDATETIMEOFFSET());
GO

-- platform step 3: import_journal
-- Every import attempt, taken or refused, so the county's open items list the refused ones not yet imported again.
CREATE TABLE import_journal (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    Sheet      NVARCHAR(100) NOT NULL,
    Title      NVARCHAR(200) NOT NULL,
    FileName   NVARCHAR(260) NULL,
    Actor      NVARCHAR(200) NOT NULL,
    OccurredAt DATETIMEOFFSET NOT NULL,
    Accepted   BIT NOT NULL,
    Detail     NVARCHAR(1000) NULL,
    ErrorCount INT NOT NULL,
    Errors     NVARCHAR(MAX) NULL
);
CREATE INDEX ix_import_journal_county ON import_journal (CountyCode, OccurredAt);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'platform', 3, N'import_journal', SYSDATETIMEOFFSET());
GO

-- organization-copy step 1: known_organization
-- adopt-if-present: table known_schools
-- A service's own copy of the organization service's schools, terms and alliances, fed by its events (KnownOrganization).
CREATE TABLE known_schools (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode      NVARCHAR(6) NOT NULL,
    Name            NVARCHAR(100) NOT NULL,
    Stage           NVARCHAR(20) NOT NULL,
    SchoolType      NVARCHAR(30) NOT NULL,
    IsPublic        BIT NOT NULL,
    IsBoarding      BIT NOT NULL,
    KindergartenDay NVARCHAR(20) NULL,
    SourceVersion   INT NOT NULL
);
CREATE INDEX ix_known_schools_county ON known_schools (CountyCode);

CREATE TABLE known_terms (
    SchoolId      UNIQUEIDENTIFIER NOT NULL,
    SchoolYear    INT NOT NULL,
    Season        NVARCHAR(10) NOT NULL,
    CountyCode    NVARCHAR(6) NOT NULL,
    Students      INT NOT NULL,
    Classes       INT NOT NULL,
    Grades        NVARCHAR(MAX) NOT NULL,
    SourceVersion INT NOT NULL,
    CONSTRAINT pk_known_terms PRIMARY KEY (SchoolId, SchoolYear, Season)
);

CREATE TABLE known_alliances (
    Id            UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode    NVARCHAR(6) NOT NULL,
    Name          NVARCHAR(200) NOT NULL,
    Kind          NVARCHAR(40) NOT NULL,
    Category      NVARCHAR(20) NOT NULL,
    Stage         NVARCHAR(20) NOT NULL,
    CoreSchoolId  UNIQUEIDENTIFIER NOT NULL,
    FormedOn      DATE NOT NULL,
    DissolvedOn   DATE NULL,
    SourceVersion INT NOT NULL
);
CREATE INDEX ix_known_alliances_county ON known_alliances (CountyCode);

CREATE TABLE known_alliance_members (
    AllianceId UNIQUEIDENTIFIER NOT NULL,
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    JoinedOn   DATE NOT NULL,
    LeftOn     DATE NULL,
    CONSTRAINT pk_known_alliance_members PRIMARY KEY (AllianceId, SchoolId, JoinedOn)
);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'organization-copy', 1, N'known_organization', SYSDATETIMEOFFSET());
GO

-- organization-copy step 2: school_code
-- adopt-if-present: column known_schools.Code
-- School codes, so files can name schools as county offices do.
ALTER TABLE known_schools ADD Code NVARCHAR(20) NOT NULL CONSTRAINT df_known_schools_code DEFAULT '';
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'organization-copy', 2, N'school_code', SYSDATETIMEOFFSET());
GO

-- organization-copy step 3: school_locality
-- adopt-if-present: column known_schools.Locality
-- Locality and township, for the rules that depend on where a school is (rural service, township leagues).
ALTER TABLE known_schools ADD Locality NVARCHAR(20) NOT NULL CONSTRAINT df_known_schools_locality DEFAULT '';
ALTER TABLE known_schools ADD Township NVARCHAR(100) NOT NULL CONSTRAINT df_known_schools_township DEFAULT '';
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'organization-copy', 3, N'school_locality', SYSDATETIMEOFFSET());
GO

-- organization-copy step 4: school_location
-- adopt-if-present: column known_schools.Latitude
-- Where each school is (WGS 84), for distances.
ALTER TABLE known_schools ADD Latitude FLOAT NULL;
ALTER TABLE known_schools ADD Longitude FLOAT NULL;
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'organization-copy', 4, N'school_location', SYSDATETIMEOFFSET());
GO

-- organization-copy step 5: term_county_index
-- adopt-if-present: index ix_known_terms_county
-- A county's terms are read together (quotas, balance indicators).
CREATE INDEX ix_known_terms_county ON known_terms (CountyCode, SchoolYear, Season);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'organization-copy', 5, N'term_county_index', SYSDATETIMEOFFSET());
GO

-- organization-copy step 6: known_counties
-- adopt-if-present: table known_counties
-- The county's name, fed by CountyNamed, so lists and exports are titled with the name rather than the code.
CREATE TABLE known_counties (
    CountyCode    NVARCHAR(6) NOT NULL PRIMARY KEY,
    Name          NVARCHAR(100) NOT NULL,
    SourceVersion INT NOT NULL
);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'organization-copy', 6, N'known_counties', SYSDATETIMEOFFSET());
GO

-- service step 1: evaluation
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
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 1, N'evaluation', SYSDATETIMEOFFSET());
GO

COMMIT TRANSACTION;
GO

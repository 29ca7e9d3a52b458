-- staffing database schema for SQL Server, generated from the service's migrations (deploy/README.md).
-- Run once on an empty database: sqlcmd -b -S <server> -d staffing -i staffing.sql
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

-- service step 1: staffing
-- The county's staffing settings (standard preset and what the standard leaves to the county).
CREATE TABLE staffing_settings (
    CountyCode                 NVARCHAR(6) NOT NULL PRIMARY KEY,
    StandardPreset             NVARCHAR(40) NOT NULL,
    VillageStaffPerClass       DECIMAL(6,3) NULL,
    KindergartenFullDayRatio   DECIMAL(6,3) NOT NULL,
    KindergartenHalfDayRatio   DECIMAL(6,3) NOT NULL,
    Rounding                   NVARCHAR(20) NOT NULL,
    CountyTotal                INT NULL,
    Version                    INT NOT NULL,
    UpdatedAt                  DATETIMEOFFSET NOT NULL
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 1, N'staffing', SYSDATETIMEOFFSET());
GO

-- service step 2: plans
-- The county plan per school year: the staffing office's moves between stages, then approval.
CREATE TABLE staffing_plans (
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    Status     NVARCHAR(20) NOT NULL,
    Moves      NVARCHAR(MAX) NOT NULL,
    ApprovedAt DATETIMEOFFSET NULL,
    ApprovedBy NVARCHAR(200) NULL,
    Version    INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_staffing_plans PRIMARY KEY (CountyCode, SchoolYear)
);

-- What an approved plan gave each pool and stage: the quota vacancies are measured against.
CREATE TABLE approved_quotas (
    CountyCode    NVARCHAR(6) NOT NULL,
    SchoolYear    INT NOT NULL,
    PoolKey       NVARCHAR(60) NOT NULL,
    PoolName      NVARCHAR(200) NOT NULL,
    AllianceId    UNIQUEIDENTIFIER NULL,
    SchoolId      UNIQUEIDENTIFIER NULL,
    SchoolIds     NVARCHAR(MAX) NOT NULL,
    Stage         NVARCHAR(20) NOT NULL,
    StandardPosts INT NOT NULL,
    ApprovedPosts INT NOT NULL,
    PlanVersion   INT NOT NULL,
    CONSTRAINT pk_approved_quotas PRIMARY KEY (CountyCode, SchoolYear, PoolKey, Stage)
);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 2, N'plans', SYSDATETIMEOFFSET());
GO

-- service step 3: head_counts
-- known_schools.Code, added here at first, is now step 2 of the organization copy's migrations.

-- Actual staff (实有在编教职工) per school and stage.
CREATE TABLE head_counts (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Staff      INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_head_counts PRIMARY KEY (SchoolId, Stage)
);
CREATE INDEX ix_head_counts_county ON head_counts (CountyCode);

-- Whether each approved pool and stage has vacancies, so crossing zero is published once.
CREATE TABLE vacancy_states (
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    PoolKey    NVARCHAR(60) NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    IsOpen     BIT NOT NULL,
    Vacancies  INT NOT NULL,
    CONSTRAINT pk_vacancy_states PRIMARY KEY (CountyCode, SchoolYear, PoolKey, Stage)
);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 3, N'head_counts', SYSDATETIMEOFFSET());
GO

-- service step 4: posts
-- 岗位设置: the HR bureau's professional post numbers per alliance (or school), by level.
CREATE TABLE post_structures (
    CountyCode NVARCHAR(6) NOT NULL,
    PoolKey    NVARCHAR(60) NOT NULL,
    Senior     INT NOT NULL,
    Middle     INT NOT NULL,
    Junior     INT NOT NULL,
    Version    INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_post_structures PRIMARY KEY (CountyCode, PoolKey)
);

-- Staff holding each post level, per school (from the head-count import).
CREATE TABLE level_holders (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    Level      NVARCHAR(10) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Holders    INT NOT NULL,
    CONSTRAINT pk_level_holders PRIMARY KEY (SchoolId, Level)
);

-- Listed people who hold a level without occupying one of the pool's posts [000].
CREATE TABLE outside_post_people (
    Id                UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode        NVARCHAR(6) NOT NULL,
    PoolKey           NVARCHAR(60) NOT NULL,
    Name              NVARCHAR(50) NOT NULL,
    Level             NVARCHAR(10) NOT NULL,
    Reason            NVARCHAR(40) NOT NULL,
    Honour            NVARCHAR(200) NULL,
    RuralServiceYears INT NULL,
    RetirementDate    DATE NULL,
    CreatedAt         DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_outside_post_people_pool ON outside_post_people (CountyCode, PoolKey);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 4, N'posts', SYSDATETIMEOFFSET());
GO

-- service step 5: subject_staff
-- Teachers per school, stage and subject: specialists (专任) and those covering it beside another subject (兼任).
CREATE TABLE subject_staff (
    SchoolId       UNIQUEIDENTIFIER NOT NULL,
    Stage          NVARCHAR(20) NOT NULL,
    Subject        NVARCHAR(20) NOT NULL,
    CountyCode     NVARCHAR(6) NOT NULL,
    Specialists    INT NOT NULL,
    NonSpecialists INT NOT NULL,
    CONSTRAINT pk_subject_staff PRIMARY KEY (SchoolId, Stage, Subject)
);
CREATE INDEX ix_subject_staff_county ON subject_staff (CountyCode);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 5, N'subject_staff', SYSDATETIMEOFFSET());
GO

-- service step 6: school_locality
-- Kept so the steps stay numbered. The known_schools columns it added (Locality and Township) are now step 3 of the
-- organization copy's own migrations (shared/EduPlatform.OrganizationCopy/Migrations), which adopts them where present.
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 6, N'school_locality', SYSDATETIMEOFFSET());
GO

-- service step 7: head_count_changes
-- When the head count of a school and stage was last imported: rotation's events that happened before it are already in it.
ALTER TABLE head_counts ADD SnapshotAt DATETIMEOFFSET NULL;

-- Head-count changes from rotation's events (hires, departures, placements, returns), each applied once.
CREATE TABLE head_count_changes (
    EventId    UNIQUEIDENTIFIER NOT NULL,
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    Delta      INT NOT NULL,
    Reason     NVARCHAR(20) NOT NULL,
    PersonId   UNIQUEIDENTIFIER NOT NULL,
    OccurredAt DATETIMEOFFSET NOT NULL,
    Applied    BIT NOT NULL,
    CONSTRAINT pk_head_count_changes PRIMARY KEY (EventId, SchoolId)
);
CREATE INDEX ix_head_count_changes_county ON head_count_changes (CountyCode, OccurredAt);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 7, N'head_count_changes', SYSDATETIMEOFFSET());
GO

-- service step 8: school_location
-- Kept so the steps stay numbered. The known_schools columns it added (Latitude and Longitude) are now step 4 of the
-- organization copy's own migrations (shared/EduPlatform.OrganizationCopy/Migrations), which adopts them where present.
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 8, N'school_location', SYSDATETIMEOFFSET());
GO

-- service step 9: kindergarten_care_ratio
-- The teaching-and-care staff ratio of the 2013 kindergarten standard (1:7–9 full day, 1:11–13 half day), per county;
-- null keeps the middle of the range.
ALTER TABLE staffing_settings ADD KindergartenFullDayCareRatio DECIMAL(6,2) NULL;
ALTER TABLE staffing_settings ADD KindergartenHalfDayCareRatio DECIMAL(6,2) NULL;
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 9, N'kindergarten_care_ratio', SYSDATETIMEOFFSET());
GO

COMMIT TRANSACTION;
GO

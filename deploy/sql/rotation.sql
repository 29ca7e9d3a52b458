-- rotation database schema for SQL Server, generated from the service's migrations (deploy/README.md).
-- Run once on an empty database: sqlcmd -b -S <server> -d rotation -i rotation.sql
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

-- service step 1: rotation
-- The county's rotation policy: a preset and the values the county sets itself.
CREATE TABLE rotation_settings (
    CountyCode            NVARCHAR(6) NOT NULL PRIMARY KEY,
    Preset                NVARCHAR(40) NOT NULL,
    TeacherYearsAtSchool  INT NULL,
    PrincipalTermYears    INT NULL,
    MinShareOfEligible    DECIMAL(6,3) NULL,
    BackboneMinShare      DECIMAL(6,3) NULL,
    BackboneShareBase     NVARCHAR(20) NULL,
    MenOverAge            INT NULL,
    WomenOverAge          INT NULL,
    Version               INT NOT NULL,
    UpdatedAt             DATETIMEOFFSET NOT NULL
);

-- Teachers and cadres. IdNumber is the resident identity number: stored, never logged, masked in responses.
CREATE TABLE people (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode      NVARCHAR(6) NOT NULL,
    Name            NVARCHAR(50) NOT NULL,
    IdNumber        NVARCHAR(18) NOT NULL,
    Gender          NVARCHAR(10) NOT NULL,
    BirthDate       DATE NOT NULL,
    Role            NVARCHAR(20) NOT NULL,
    Stage           NVARCHAR(20) NOT NULL,
    Subjects        NVARCHAR(200) NOT NULL,
    Title           NVARCHAR(40) NOT NULL,
    PostLevel       NVARCHAR(40) NOT NULL,
    Backbone        NVARCHAR(20) NOT NULL,
    GradeBand       NVARCHAR(10) NULL,
    HiredOn         DATE NOT NULL,
    InPostSince     DATE NULL,
    CurrentSchoolId UNIQUEIDENTIFIER NOT NULL,
    Statuses        NVARCHAR(400) NOT NULL,
    Wishes          NVARCHAR(MAX) NOT NULL,
    LeftOn          DATE NULL,
    Version         INT NOT NULL,
    UpdatedAt       DATETIMEOFFSET NOT NULL
);
CREATE UNIQUE INDEX ux_people_id_number ON people (CountyCode, IdNumber);
CREATE INDEX ix_people_school ON people (CountyCode, CurrentSchoolId);

CREATE TABLE person_stints (
    PersonId   UNIQUEIDENTIFIER NOT NULL,
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    FromDate   DATE NOT NULL,
    ToDate     DATE NULL,
    ByRotation BIT NOT NULL,
    CONSTRAINT pk_person_stints PRIMARY KEY (PersonId, SchoolId, FromDate)
);

-- The organization copy (known_schools, known_terms, known_alliances, known_alliance_members) is created by its own
-- migration source, shared/EduPlatform.OrganizationCopy/Migrations, applied before this one.
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 1, N'rotation', SYSDATETIMEOFFSET());
GO

-- service step 2: plans
-- Posts a receiving campus asks to fill by rotation in a school year; Subject '' = any subject.
CREATE TABLE rotation_needs (
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    Subject    NVARCHAR(20) NOT NULL,
    Count      INT NOT NULL,
    CONSTRAINT pk_rotation_needs PRIMARY KEY (CountyCode, SchoolYear, SchoolId, Stage, Subject)
);

-- Staffing's vacancies per pool and stage (VacancyOpened / VacancyClosed), newest event wins.
CREATE TABLE known_vacancies (
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    PoolId     UNIQUEIDENTIFIER NOT NULL,
    AllianceId UNIQUEIDENTIFIER NULL,
    SchoolId   UNIQUEIDENTIFIER NULL,
    Stage      NVARCHAR(20) NOT NULL,
    Vacancies  INT NOT NULL,
    OccurredAt DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_known_vacancies PRIMARY KEY (CountyCode, SchoolYear, PoolId, Stage)
);

-- Annual ratings from evaluation (AnnualRatingsFinalized), newest event wins.
CREATE TABLE known_ratings (
    PersonId   UNIQUEIDENTIFIER NOT NULL,
    SchoolYear INT NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Rating     NVARCHAR(30) NOT NULL,
    OccurredAt DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_known_ratings PRIMARY KEY (PersonId, SchoolYear)
);

CREATE TABLE rotation_plans (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    AllianceId UNIQUEIDENTIFIER NULL,
    Status     NVARCHAR(30) NOT NULL,
    Objective  NVARCHAR(1000) NOT NULL,
    Targets    NVARCHAR(MAX) NOT NULL,
    Figures    NVARCHAR(MAX) NOT NULL,
    CreatedBy  NVARCHAR(100) NOT NULL,
    CreatedAt  DATETIMEOFFSET NOT NULL,
    Version    INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_rotation_plans_county ON rotation_plans (CountyCode, SchoolYear);

CREATE TABLE rotation_plan_moves (
    PlanId        UNIQUEIDENTIFIER NOT NULL,
    PersonId      UNIQUEIDENTIFIER NOT NULL,
    PersonVersion INT NOT NULL,
    FromSchoolId  UNIQUEIDENTIFIER NOT NULL,
    ToSchoolId    UNIQUEIDENTIFIER NOT NULL,
    GroupId       UNIQUEIDENTIFIER NOT NULL,
    Mode          NVARCHAR(20) NOT NULL,
    Stage         NVARCHAR(20) NOT NULL,
    Subject       NVARCHAR(20) NULL,
    StartOn       DATE NOT NULL,
    EndOn         DATE NOT NULL,
    Reasons       NVARCHAR(MAX) NOT NULL,
    InReturnFor   UNIQUEIDENTIFIER NULL,
    CONSTRAINT pk_rotation_plan_moves PRIMARY KEY (PlanId, PersonId)
);

-- The review trail: each party's decision at each step, with its comment.
CREATE TABLE rotation_plan_reviews (
    PlanId   UNIQUEIDENTIFIER NOT NULL,
    Seq      INT NOT NULL,
    Step     NVARCHAR(30) NOT NULL,
    Party    UNIQUEIDENTIFIER NULL,
    Decision NVARCHAR(20) NOT NULL,
    Comment  NVARCHAR(2000) NOT NULL,
    Actor    NVARCHAR(100) NOT NULL,
    At       DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_rotation_plan_reviews PRIMARY KEY (PlanId, Seq)
);

-- Approved moves: a person at a host campus from a start to an end date, until returned.
CREATE TABLE rotation_placements (
    Id           UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode   NVARCHAR(6) NOT NULL,
    PlanId       UNIQUEIDENTIFIER NOT NULL,
    PersonId     UNIQUEIDENTIFIER NOT NULL,
    HomeSchoolId UNIQUEIDENTIFIER NOT NULL,
    HostSchoolId UNIQUEIDENTIFIER NOT NULL,
    AllianceId   UNIQUEIDENTIFIER NULL,
    Mode         NVARCHAR(20) NOT NULL,
    Stage        NVARCHAR(20) NOT NULL,
    Subject      NVARCHAR(20) NULL,
    StartOn      DATE NOT NULL,
    EndOn        DATE NOT NULL,
    InReturnFor  UNIQUEIDENTIFIER NULL,
    Status       NVARCHAR(20) NOT NULL,
    EndedOn      DATE NULL,
    Version      INT NOT NULL
);
CREATE INDEX ix_rotation_placements_person ON rotation_placements (PersonId);
CREATE INDEX ix_rotation_placements_county ON rotation_placements (CountyCode, Status);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 2, N'plans', SYSDATETIMEOFFSET());
GO

-- service step 3: rounds
-- County-managed, school-hired re-appointment rounds (县管校聘 [004]): what was asked and what came of it, per person.
CREATE TABLE rotation_rounds (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    Name       NVARCHAR(200) NOT NULL,
    RoundDate  DATE NOT NULL,
    Request    NVARCHAR(MAX) NOT NULL,
    Result     NVARCHAR(MAX) NOT NULL,
    CreatedBy  NVARCHAR(100) NOT NULL,
    CreatedAt  DATETIMEOFFSET NOT NULL,
    AppliedOn  DATE NULL,
    Version    INT NOT NULL
);
CREATE INDEX ix_rotation_rounds_county ON rotation_rounds (CountyCode, RoundDate);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 3, N'rounds', SYSDATETIMEOFFSET());
GO

-- service step 4: school_location
-- Kept so the steps stay numbered. The known_schools columns it added (Latitude and Longitude) are now step 4 of the
-- organization copy's own migrations (shared/EduPlatform.OrganizationCopy/Migrations), which adopts them where present.
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 4, N'school_location', SYSDATETIMEOFFSET());
GO

-- service step 5: exact_rules
-- The county settings the rules read exactly need (issue 24): 镇区 as rural, the rural-bound backbone share, the term's
-- basis, and the county's own extensions of the first-term and age exemptions.
ALTER TABLE rotation_settings ADD TownCountsAsRural BIT NULL, RuralBoundBackboneMinShare DECIMAL(6,3) NULL, TermBasis NVARCHAR(20) NULL,
    FirstTermCoversVicePrincipals BIT NULL, AgeCoversCadres BIT NULL;

-- 待岗 on the person after a re-appointment round [004]: the round, since when, semesters in a row, and the schools of
-- 跟岗学习 and 顶岗实践 (JSON).
ALTER TABLE people ADD Waiting NVARCHAR(400) NULL;
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 5, N'exact_rules', SYSDATETIMEOFFSET());
GO

-- service step 6: public_notice
-- A plan's public notice (公示): from, until (the last working day) and the working days the county set.
ALTER TABLE rotation_plans ADD NoticeFrom DATE NULL;
ALTER TABLE rotation_plans ADD NoticeUntil DATE NULL;
ALTER TABLE rotation_plans ADD NoticeDays INT NULL;
ALTER TABLE rotation_settings ADD NoticeWorkingDays INT NULL;

-- Objections to a plan's notice, teachers' applications and appeals, as the bureau receives them, with their answers.
CREATE TABLE rotation_petitions (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL,
    SchoolYear  INT NOT NULL,
    PlanId      UNIQUEIDENTIFIER NULL,
    PersonId    UNIQUEIDENTIFIER NOT NULL,
    Kind        NVARCHAR(40) NOT NULL,
    Text        NVARCHAR(MAX) NOT NULL,
    SubmittedBy NVARCHAR(200) NOT NULL,
    ReceivedOn  DATE NOT NULL,
    RecordedBy  NVARCHAR(200) NOT NULL,
    RecordedAt  DATETIMEOFFSET NOT NULL,
    Outcome     NVARCHAR(40) NULL,
    Answer      NVARCHAR(MAX) NULL,
    AnsweredBy  NVARCHAR(200) NULL,
    AnsweredAt  DATETIMEOFFSET NULL,
    Version     INT NOT NULL
);
CREATE INDEX ix_rotation_petitions_county ON rotation_petitions (CountyCode, SchoolYear);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 6, N'public_notice', SYSDATETIMEOFFSET());
GO

-- service step 7: plan_edits_itineraries
-- The bureau's hand edits of a drawn plan (a pinned move is kept when the plan is drawn again), placements' end dates, itinerant settings.
ALTER TABLE rotation_plan_moves ADD Pinned BIT NOT NULL CONSTRAINT df_rotation_plan_moves_pinned DEFAULT 0;

-- Every hand edit with who made it, when and why (the plan's own trail; the audit log has the moves before and after).
CREATE TABLE rotation_plan_edits (
    PlanId       UNIQUEIDENTIFIER NOT NULL,
    Seq          INT NOT NULL,
    Action       NVARCHAR(20) NOT NULL,
    PersonId     UNIQUEIDENTIFIER NOT NULL,
    WithPersonId UNIQUEIDENTIFIER NULL,
    ToSchoolId   UNIQUEIDENTIFIER NULL,
    Reason       NVARCHAR(1000) NOT NULL,
    Actor        NVARCHAR(200) NOT NULL,
    At           DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_rotation_plan_edits PRIMARY KEY (PlanId, Seq)
);

-- A placement's stint keeps the end date its approved plan set: the person is serving a rotation until then.
ALTER TABLE person_stints ADD PlacedUntil DATE NULL;

-- Itinerant teaching (走教): whether scarce-subject teachers teach itinerant, how their travel is estimated and paid;
-- and whether core schools may send across alliances.
ALTER TABLE rotation_settings ADD ScarceSubjectsItinerant BIT NULL;
ALTER TABLE rotation_settings ADD ItinerantAllowancePerKm DECIMAL(9, 2) NULL;
ALTER TABLE rotation_settings ADD ItinerantSpeedKmh INT NULL;
ALTER TABLE rotation_settings ADD ItinerantDetourFactor DECIMAL(4, 2) NULL;
ALTER TABLE rotation_settings ADD CrossAllianceMoves BIT NULL;
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 7, N'plan_edits_itineraries', SYSDATETIMEOFFSET());
GO

COMMIT TRANSACTION;
GO

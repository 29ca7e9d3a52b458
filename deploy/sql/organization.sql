-- organization database schema for SQL Server, generated from the service's migrations (deploy/README.md).
-- Run once on an empty database: sqlcmd -b -S <server> -d organization -i organization.sql
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

-- service step 1: organization
CREATE TABLE counties (
    Code            NVARCHAR(6) NOT NULL PRIMARY KEY,
    Name            NVARCHAR(100) NOT NULL,
    PolicyPreset    NVARCHAR(50) NOT NULL,
    PolicyOverrides NVARCHAR(MAX) NULL,
    Version         INT NOT NULL,
    CreatedAt       DATETIMEOFFSET NOT NULL,
    UpdatedAt       DATETIMEOFFSET NOT NULL
);

CREATE TABLE schools (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode      NVARCHAR(6) NOT NULL REFERENCES counties (Code),
    Code            NVARCHAR(20) NOT NULL,
    Name            NVARCHAR(100) NOT NULL,
    Stage           NVARCHAR(20) NOT NULL,
    Locality        NVARCHAR(20) NOT NULL,
    Type            NVARCHAR(30) NOT NULL,
    Township        NVARCHAR(50) NOT NULL,
    Latitude        FLOAT NULL,
    Longitude       FLOAT NULL,
    IsPublic        BIT NOT NULL,
    IsLegalPerson   BIT NOT NULL,
    IsBoarding      BIT NOT NULL,
    KindergartenDay NVARCHAR(20) NULL,
    Version         INT NOT NULL,
    CreatedAt       DATETIMEOFFSET NOT NULL,
    UpdatedAt       DATETIMEOFFSET NOT NULL,
    CONSTRAINT uq_schools_code UNIQUE (CountyCode, Code)
);
CREATE INDEX ix_schools_search ON schools (CountyCode, Stage, Locality, Township);

CREATE TABLE term_statistics (
    SchoolId   UNIQUEIDENTIFIER NOT NULL REFERENCES schools (Id),
    Term       NVARCHAR(20) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    Students   INT NOT NULL,
    Classes    INT NOT NULL,
    Grades     NVARCHAR(MAX) NOT NULL,
    Version    INT NOT NULL,
    ReportedAt DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_term_statistics PRIMARY KEY (SchoolId, Term)
);

CREATE TABLE alliances (
    Id                UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode        NVARCHAR(6) NOT NULL REFERENCES counties (Code),
    Name              NVARCHAR(200) NOT NULL,
    Kind              NVARCHAR(40) NOT NULL,
    Stage             NVARCHAR(20) NOT NULL,
    CoreSchoolId      UNIQUEIDENTIFIER NOT NULL REFERENCES schools (Id),
    FormedOn          DATE NOT NULL,
    DissolvedOn       DATE NULL,
    Charter           NVARCHAR(MAX) NULL,
    AgreementFiledOn  DATE NULL,
    PartyOrganization NVARCHAR(20) NULL,
    Version           INT NOT NULL,
    CreatedAt         DATETIMEOFFSET NOT NULL,
    UpdatedAt         DATETIMEOFFSET NOT NULL
);
CREATE INDEX ix_alliances_county ON alliances (CountyCode, Kind);

CREATE TABLE alliance_memberships (
    Id                 UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    AllianceId         UNIQUEIDENTIFIER NOT NULL REFERENCES alliances (Id),
    SchoolId           UNIQUEIDENTIFIER NOT NULL REFERENCES schools (Id),
    CountyCode         NVARCHAR(6) NOT NULL,
    Role               NVARCHAR(10) NOT NULL,
    JoinedOn           DATE NOT NULL,
    LeftOn             DATE NULL,
    ExecutivePrincipal NVARCHAR(50) NULL
);
CREATE INDEX ix_memberships_school ON alliance_memberships (SchoolId, JoinedOn);
CREATE INDEX ix_memberships_alliance ON alliance_memberships (AllianceId);

CREATE TABLE legal_person_changes (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL,
    SchoolId    UNIQUEIDENTIFIER NOT NULL REFERENCES schools (Id),
    AllianceId  UNIQUEIDENTIFIER NOT NULL REFERENCES alliances (Id),
    Change      NVARCHAR(10) NOT NULL,
    EffectiveOn DATE NOT NULL,
    RecordedAt  DATETIMEOFFSET NOT NULL,
    Actor       NVARCHAR(200) NOT NULL
);
CREATE INDEX ix_legal_person_school ON legal_person_changes (SchoolId, EffectiveOn);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 1, N'organization', SYSDATETIMEOFFSET());
GO

-- service step 2: school_designations
-- 薄弱学校 / 新建学校 as the bureau designates them: the alliance composition rules accept such a school as a member
-- wherever it is [000][002][003].
ALTER TABLE schools ADD IsWeak BIT NOT NULL CONSTRAINT df_schools_isweak DEFAULT 0;
ALTER TABLE schools ADD IsNew BIT NOT NULL CONSTRAINT df_schools_isnew DEFAULT 0;
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 2, N'school_designations', SYSDATETIMEOFFSET());
GO

-- service step 3: designations_and_targets
-- Demonstration and pilot designations of alliances (示范性教联体, 省级/市级/县级试点 with their grants) and each province's
-- alliance-building targets [002].
CREATE TABLE alliance_designations (
    Id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_alliance_designations PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL CONSTRAINT fk_alliance_designations_county REFERENCES counties (Code),
    AllianceId  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_alliance_designations_alliance REFERENCES alliances (Id),
    Kind        NVARCHAR(20) NOT NULL,
    Level       NVARCHAR(20) NOT NULL,
    Year        INT NOT NULL,
    GrantYuan   DECIMAL(14, 2) NOT NULL,
    Note        NVARCHAR(500) NULL,
    RecordedAt  DATETIMEOFFSET NOT NULL,
    RecordedBy  NVARCHAR(200) NOT NULL,
    CONSTRAINT uq_alliance_designation UNIQUE (AllianceId, Kind, Level, Year)
);
CREATE INDEX ix_alliance_designations_county ON alliance_designations (CountyCode);

CREATE TABLE province_targets (
    ProvinceCode NVARCHAR(2) NOT NULL CONSTRAINT pk_province_targets PRIMARY KEY,
    Targets      NVARCHAR(MAX) NOT NULL,
    Version      INT NOT NULL,
    UpdatedAt    DATETIMEOFFSET NOT NULL
);
GO
INSERT INTO schema_journal (Source, Step, Name, AppliedAt) VALUES (N'service', 3, N'designations_and_targets', SYSDATETIMEOFFSET());
GO

COMMIT TRANSACTION;
GO

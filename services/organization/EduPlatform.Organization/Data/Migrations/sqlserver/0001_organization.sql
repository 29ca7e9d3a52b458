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

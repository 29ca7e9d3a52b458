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

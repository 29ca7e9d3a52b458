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

-- Rotation's own copy of the organization service's schools, terms and alliances (EduPlatform.OrganizationCopy).
CREATE TABLE known_schools (
    Id              UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode      NVARCHAR(6) NOT NULL,
    Code            NVARCHAR(20) NOT NULL,
    Name            NVARCHAR(100) NOT NULL,
    Stage           NVARCHAR(20) NOT NULL,
    SchoolType      NVARCHAR(30) NOT NULL,
    Locality        NVARCHAR(20) NOT NULL,
    Township        NVARCHAR(100) NOT NULL,
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

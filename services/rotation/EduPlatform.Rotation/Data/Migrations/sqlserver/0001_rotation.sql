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

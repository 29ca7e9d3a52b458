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

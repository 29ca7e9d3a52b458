-- Versions of a year's and stage's catchment zones: draft → approved → published (a newer publication supersedes).
CREATE TABLE zone_plans (
    Id          UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL,
    SchoolYear  INT NOT NULL,
    Stage       NVARCHAR(20) NOT NULL,
    Kind        NVARCHAR(10) NOT NULL,
    Number      INT NOT NULL,
    Status      NVARCHAR(20) NOT NULL,
    Rules       NVARCHAR(MAX) NOT NULL,
    Loads       NVARCHAR(MAX) NOT NULL,
    Zones       NVARCHAR(MAX) NOT NULL,
    HotSchools  NVARCHAR(MAX) NOT NULL,
    Changing    INT NOT NULL,
    StabilityCap INT NOT NULL,
    AverageMetres FLOAT NOT NULL,
    BasedOn     UNIQUEIDENTIFIER NULL,
    CreatedBy   NVARCHAR(100) NOT NULL,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    PublishedAt DATETIMEOFFSET NULL,
    Version     INT NOT NULL
);
CREATE UNIQUE INDEX ux_zone_plans_number ON zone_plans (CountyCode, SchoolYear, Stage, Number);

CREATE TABLE zone_assignments (
    PlanId   UNIQUEIDENTIFIER NOT NULL,
    UnitId   UNIQUEIDENTIFIER NOT NULL,
    Zone     INT NOT NULL,
    SchoolId UNIQUEIDENTIFIER NOT NULL,
    Entrants INT NOT NULL,
    Metres   FLOAT NOT NULL,
    CONSTRAINT pk_zone_assignments PRIMARY KEY (PlanId, UnitId)
);

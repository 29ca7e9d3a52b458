-- Versions of a year's and stage's catchment zones: draft → approved → published (a newer publication supersedes).
CREATE TABLE zone_plans (
    Id          TEXT NOT NULL PRIMARY KEY,
    CountyCode  TEXT NOT NULL,
    SchoolYear  INTEGER NOT NULL,
    Stage       TEXT NOT NULL,
    Kind        TEXT NOT NULL,
    Number      INTEGER NOT NULL,
    Status      TEXT NOT NULL,
    Rules       TEXT NOT NULL,
    Loads       TEXT NOT NULL,
    Zones       TEXT NOT NULL,
    HotSchools  TEXT NOT NULL,
    Changing    INTEGER NOT NULL,
    StabilityCap INTEGER NOT NULL,
    AverageMetres REAL NOT NULL,
    BasedOn     TEXT NULL,
    CreatedBy   TEXT NOT NULL,
    CreatedAt   TEXT NOT NULL,
    PublishedAt TEXT NULL,
    Version     INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_zone_plans_number ON zone_plans (CountyCode, SchoolYear, Stage, Number);

CREATE TABLE zone_assignments (
    PlanId   TEXT NOT NULL,
    UnitId   TEXT NOT NULL,
    Zone     INTEGER NOT NULL,
    SchoolId TEXT NOT NULL,
    Entrants INTEGER NOT NULL,
    Metres   REAL NOT NULL,
    PRIMARY KEY (PlanId, UnitId)
);

-- The county plan per school year: the staffing office's moves between stages, then approval.
CREATE TABLE staffing_plans (
    CountyCode TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    Status     TEXT NOT NULL,
    Moves      TEXT NOT NULL,
    ApprovedAt TEXT NULL,
    ApprovedBy TEXT NULL,
    Version    INTEGER NOT NULL,
    UpdatedAt  TEXT NOT NULL,
    PRIMARY KEY (CountyCode, SchoolYear)
);

-- What an approved plan gave each pool and stage: the quota vacancies are measured against.
CREATE TABLE approved_quotas (
    CountyCode    TEXT NOT NULL,
    SchoolYear    INTEGER NOT NULL,
    PoolKey       TEXT NOT NULL,
    PoolName      TEXT NOT NULL,
    AllianceId    TEXT NULL,
    SchoolId      TEXT NULL,
    SchoolIds     TEXT NOT NULL,
    Stage         TEXT NOT NULL,
    StandardPosts INTEGER NOT NULL,
    ApprovedPosts INTEGER NOT NULL,
    PlanVersion   INTEGER NOT NULL,
    PRIMARY KEY (CountyCode, SchoolYear, PoolKey, Stage)
);

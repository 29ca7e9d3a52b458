-- The county plan per school year: the staffing office's moves between stages, then approval.
CREATE TABLE staffing_plans (
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    Status     NVARCHAR(20) NOT NULL,
    Moves      NVARCHAR(MAX) NOT NULL,
    ApprovedAt DATETIMEOFFSET NULL,
    ApprovedBy NVARCHAR(200) NULL,
    Version    INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_staffing_plans PRIMARY KEY (CountyCode, SchoolYear)
);

-- What an approved plan gave each pool and stage: the quota vacancies are measured against.
CREATE TABLE approved_quotas (
    CountyCode    NVARCHAR(6) NOT NULL,
    SchoolYear    INT NOT NULL,
    PoolKey       NVARCHAR(60) NOT NULL,
    PoolName      NVARCHAR(200) NOT NULL,
    AllianceId    UNIQUEIDENTIFIER NULL,
    SchoolId      UNIQUEIDENTIFIER NULL,
    SchoolIds     NVARCHAR(MAX) NOT NULL,
    Stage         NVARCHAR(20) NOT NULL,
    StandardPosts INT NOT NULL,
    ApprovedPosts INT NOT NULL,
    PlanVersion   INT NOT NULL,
    CONSTRAINT pk_approved_quotas PRIMARY KEY (CountyCode, SchoolYear, PoolKey, Stage)
);

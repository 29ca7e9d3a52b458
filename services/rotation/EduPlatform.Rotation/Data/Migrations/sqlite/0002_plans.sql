-- Posts a receiving campus asks to fill by rotation in a school year; Subject '' = any subject.
CREATE TABLE rotation_needs (
    CountyCode TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    SchoolId   TEXT NOT NULL,
    Stage      TEXT NOT NULL,
    Subject    TEXT NOT NULL,
    Count      INTEGER NOT NULL,
    PRIMARY KEY (CountyCode, SchoolYear, SchoolId, Stage, Subject)
);

-- Staffing's vacancies per pool and stage (VacancyOpened / VacancyClosed), newest event wins.
CREATE TABLE known_vacancies (
    CountyCode TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    PoolId     TEXT NOT NULL,
    AllianceId TEXT NULL,
    SchoolId   TEXT NULL,
    Stage      TEXT NOT NULL,
    Vacancies  INTEGER NOT NULL,
    OccurredAt TEXT NOT NULL,
    PRIMARY KEY (CountyCode, SchoolYear, PoolId, Stage)
);

-- Annual ratings from evaluation (AnnualRatingsFinalized), newest event wins.
CREATE TABLE known_ratings (
    PersonId   TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    CountyCode TEXT NOT NULL,
    Rating     TEXT NOT NULL,
    OccurredAt TEXT NOT NULL,
    PRIMARY KEY (PersonId, SchoolYear)
);

CREATE TABLE rotation_plans (
    Id         TEXT NOT NULL PRIMARY KEY,
    CountyCode TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    AllianceId TEXT NULL,
    Status     TEXT NOT NULL,
    Objective  TEXT NOT NULL,
    Targets    TEXT NOT NULL,
    Figures    TEXT NOT NULL,
    CreatedBy  TEXT NOT NULL,
    CreatedAt  TEXT NOT NULL,
    Version    INTEGER NOT NULL,
    UpdatedAt  TEXT NOT NULL
);
CREATE INDEX ix_rotation_plans_county ON rotation_plans (CountyCode, SchoolYear);

CREATE TABLE rotation_plan_moves (
    PlanId        TEXT NOT NULL,
    PersonId      TEXT NOT NULL,
    PersonVersion INTEGER NOT NULL,
    FromSchoolId  TEXT NOT NULL,
    ToSchoolId    TEXT NOT NULL,
    GroupId       TEXT NOT NULL,
    Mode          TEXT NOT NULL,
    Stage         TEXT NOT NULL,
    Subject       TEXT NULL,
    StartOn       TEXT NOT NULL,
    EndOn         TEXT NOT NULL,
    Reasons       TEXT NOT NULL,
    InReturnFor   TEXT NULL,
    PRIMARY KEY (PlanId, PersonId)
);

-- The review trail: each party's decision at each step, with its comment.
CREATE TABLE rotation_plan_reviews (
    PlanId   TEXT NOT NULL,
    Seq      INTEGER NOT NULL,
    Step     TEXT NOT NULL,
    Party    TEXT NULL,
    Decision TEXT NOT NULL,
    Comment  TEXT NOT NULL,
    Actor    TEXT NOT NULL,
    At       TEXT NOT NULL,
    PRIMARY KEY (PlanId, Seq)
);

-- Approved moves: a person at a host campus from a start to an end date, until returned.
CREATE TABLE rotation_placements (
    Id           TEXT NOT NULL PRIMARY KEY,
    CountyCode   TEXT NOT NULL,
    PlanId       TEXT NOT NULL,
    PersonId     TEXT NOT NULL,
    HomeSchoolId TEXT NOT NULL,
    HostSchoolId TEXT NOT NULL,
    AllianceId   TEXT NULL,
    Mode         TEXT NOT NULL,
    Stage        TEXT NOT NULL,
    Subject      TEXT NULL,
    StartOn      TEXT NOT NULL,
    EndOn        TEXT NOT NULL,
    InReturnFor  TEXT NULL,
    Status       TEXT NOT NULL,
    EndedOn      TEXT NULL,
    Version      INTEGER NOT NULL
);
CREATE INDEX ix_rotation_placements_person ON rotation_placements (PersonId);
CREATE INDEX ix_rotation_placements_county ON rotation_placements (CountyCode, Status);

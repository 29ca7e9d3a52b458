-- known_schools.Code, added here at first, is now step 2 of the organization copy's migrations.

-- Actual staff (实有在编教职工) per school and stage.
CREATE TABLE head_counts (
    SchoolId   TEXT NOT NULL,
    Stage      TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Staff      INTEGER NOT NULL,
    UpdatedAt  TEXT NOT NULL,
    PRIMARY KEY (SchoolId, Stage)
);
CREATE INDEX ix_head_counts_county ON head_counts (CountyCode);

-- Whether each approved pool and stage has vacancies, so crossing zero is published once.
CREATE TABLE vacancy_states (
    CountyCode TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    PoolKey    TEXT NOT NULL,
    Stage      TEXT NOT NULL,
    IsOpen     INTEGER NOT NULL,
    Vacancies  INTEGER NOT NULL,
    PRIMARY KEY (CountyCode, SchoolYear, PoolKey, Stage)
);

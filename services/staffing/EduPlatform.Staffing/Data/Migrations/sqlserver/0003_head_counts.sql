-- known_schools.Code, added here at first, is now step 2 of the organization copy's migrations.

-- Actual staff (实有在编教职工) per school and stage.
CREATE TABLE head_counts (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Staff      INT NOT NULL,
    UpdatedAt  DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_head_counts PRIMARY KEY (SchoolId, Stage)
);
CREATE INDEX ix_head_counts_county ON head_counts (CountyCode);

-- Whether each approved pool and stage has vacancies, so crossing zero is published once.
CREATE TABLE vacancy_states (
    CountyCode NVARCHAR(6) NOT NULL,
    SchoolYear INT NOT NULL,
    PoolKey    NVARCHAR(60) NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    IsOpen     BIT NOT NULL,
    Vacancies  INT NOT NULL,
    CONSTRAINT pk_vacancy_states PRIMARY KEY (CountyCode, SchoolYear, PoolKey, Stage)
);

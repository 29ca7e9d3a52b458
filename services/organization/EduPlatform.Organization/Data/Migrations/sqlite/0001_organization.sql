CREATE TABLE counties (
    Code            TEXT NOT NULL PRIMARY KEY,
    Name            TEXT NOT NULL,
    PolicyPreset    TEXT NOT NULL,
    PolicyOverrides TEXT NULL,
    Version         INTEGER NOT NULL,
    CreatedAt       TEXT NOT NULL,
    UpdatedAt       TEXT NOT NULL
);

CREATE TABLE schools (
    Id              TEXT NOT NULL PRIMARY KEY,
    CountyCode      TEXT NOT NULL REFERENCES counties (Code),
    Code            TEXT NOT NULL,
    Name            TEXT NOT NULL,
    Stage           TEXT NOT NULL,
    Locality        TEXT NOT NULL,
    Type            TEXT NOT NULL,
    Township        TEXT NOT NULL,
    Latitude        REAL NULL,
    Longitude       REAL NULL,
    IsPublic        INTEGER NOT NULL,
    IsLegalPerson   INTEGER NOT NULL,
    IsBoarding      INTEGER NOT NULL,
    KindergartenDay TEXT NULL,
    Version         INTEGER NOT NULL,
    CreatedAt       TEXT NOT NULL,
    UpdatedAt       TEXT NOT NULL,
    CONSTRAINT uq_schools_code UNIQUE (CountyCode, Code)
);
CREATE INDEX ix_schools_search ON schools (CountyCode, Stage, Locality, Township);

CREATE TABLE term_statistics (
    SchoolId   TEXT NOT NULL REFERENCES schools (Id),
    Term       TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    Students   INTEGER NOT NULL,
    Classes    INTEGER NOT NULL,
    Grades     TEXT NOT NULL,
    Version    INTEGER NOT NULL,
    ReportedAt TEXT NOT NULL,
    PRIMARY KEY (SchoolId, Term)
);

CREATE TABLE alliances (
    Id                TEXT NOT NULL PRIMARY KEY,
    CountyCode        TEXT NOT NULL REFERENCES counties (Code),
    Name              TEXT NOT NULL,
    Kind              TEXT NOT NULL,
    Stage             TEXT NOT NULL,
    CoreSchoolId      TEXT NOT NULL REFERENCES schools (Id),
    FormedOn          TEXT NOT NULL,
    DissolvedOn       TEXT NULL,
    Charter           TEXT NULL,
    AgreementFiledOn  TEXT NULL,
    PartyOrganization TEXT NULL,
    Version           INTEGER NOT NULL,
    CreatedAt         TEXT NOT NULL,
    UpdatedAt         TEXT NOT NULL
);
CREATE INDEX ix_alliances_county ON alliances (CountyCode, Kind);

CREATE TABLE alliance_memberships (
    Id                 TEXT NOT NULL PRIMARY KEY,
    AllianceId         TEXT NOT NULL REFERENCES alliances (Id),
    SchoolId           TEXT NOT NULL REFERENCES schools (Id),
    CountyCode         TEXT NOT NULL,
    Role               TEXT NOT NULL,
    JoinedOn           TEXT NOT NULL,
    LeftOn             TEXT NULL,
    ExecutivePrincipal TEXT NULL
);
CREATE INDEX ix_memberships_school ON alliance_memberships (SchoolId, JoinedOn);
CREATE INDEX ix_memberships_alliance ON alliance_memberships (AllianceId);

CREATE TABLE legal_person_changes (
    Id          TEXT NOT NULL PRIMARY KEY,
    CountyCode  TEXT NOT NULL,
    SchoolId    TEXT NOT NULL REFERENCES schools (Id),
    AllianceId  TEXT NOT NULL REFERENCES alliances (Id),
    Change      TEXT NOT NULL,
    EffectiveOn TEXT NOT NULL,
    RecordedAt  TEXT NOT NULL,
    Actor       TEXT NOT NULL
);
CREATE INDEX ix_legal_person_school ON legal_person_changes (SchoolId, EffectiveOn);

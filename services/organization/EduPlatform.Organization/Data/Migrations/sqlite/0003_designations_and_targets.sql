-- Demonstration and pilot designations of alliances (示范性教联体, 省级/市级/县级试点 with their grants) and each province's
-- alliance-building targets [002].
CREATE TABLE alliance_designations (
    Id          TEXT NOT NULL PRIMARY KEY,
    CountyCode  TEXT NOT NULL REFERENCES counties (Code),
    AllianceId  TEXT NOT NULL REFERENCES alliances (Id),
    Kind        TEXT NOT NULL,
    Level       TEXT NOT NULL,
    Year        INTEGER NOT NULL,
    GrantYuan   NUMERIC NOT NULL,
    Note        TEXT NULL,
    RecordedAt  TEXT NOT NULL,
    RecordedBy  TEXT NOT NULL,
    CONSTRAINT uq_alliance_designation UNIQUE (AllianceId, Kind, Level, Year)
);
CREATE INDEX ix_alliance_designations_county ON alliance_designations (CountyCode);

CREATE TABLE province_targets (
    ProvinceCode TEXT NOT NULL PRIMARY KEY,
    Targets      TEXT NOT NULL,
    Version      INTEGER NOT NULL,
    UpdatedAt    TEXT NOT NULL
);

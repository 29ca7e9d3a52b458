-- Demonstration and pilot designations of alliances (示范性教联体, 省级/市级/县级试点 with their grants) and each province's
-- alliance-building targets [002].
CREATE TABLE alliance_designations (
    Id          UNIQUEIDENTIFIER NOT NULL CONSTRAINT pk_alliance_designations PRIMARY KEY,
    CountyCode  NVARCHAR(6) NOT NULL CONSTRAINT fk_alliance_designations_county REFERENCES counties (Code),
    AllianceId  UNIQUEIDENTIFIER NOT NULL CONSTRAINT fk_alliance_designations_alliance REFERENCES alliances (Id),
    Kind        NVARCHAR(20) NOT NULL,
    Level       NVARCHAR(20) NOT NULL,
    Year        INT NOT NULL,
    GrantYuan   DECIMAL(14, 2) NOT NULL,
    Note        NVARCHAR(500) NULL,
    RecordedAt  DATETIMEOFFSET NOT NULL,
    RecordedBy  NVARCHAR(200) NOT NULL,
    CONSTRAINT uq_alliance_designation UNIQUE (AllianceId, Kind, Level, Year)
);
CREATE INDEX ix_alliance_designations_county ON alliance_designations (CountyCode);

CREATE TABLE province_targets (
    ProvinceCode NVARCHAR(2) NOT NULL CONSTRAINT pk_province_targets PRIMARY KEY,
    Targets      NVARCHAR(MAX) NOT NULL,
    Version      INT NOT NULL,
    UpdatedAt    DATETIMEOFFSET NOT NULL
);

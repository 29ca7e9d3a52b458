-- What schools report they admitted in a year and stage, and how many of them by zone (for the nearby admission rate).
CREATE TABLE admissions (
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    SchoolYear INT NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Admitted   INT NOT NULL,
    InZone     INT NOT NULL,
    CONSTRAINT pk_admissions PRIMARY KEY (SchoolId, SchoolYear, Stage)
);
CREATE INDEX ix_admissions_county ON admissions (CountyCode, SchoolYear);

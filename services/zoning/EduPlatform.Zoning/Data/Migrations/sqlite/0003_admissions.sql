-- What schools report they admitted in a year and stage, and how many of them by zone (for the nearby admission rate).
CREATE TABLE admissions (
    SchoolId   TEXT NOT NULL,
    SchoolYear INTEGER NOT NULL,
    Stage      TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Admitted   INTEGER NOT NULL,
    InZone     INTEGER NOT NULL,
    PRIMARY KEY (SchoolId, SchoolYear, Stage)
);
CREATE INDEX ix_admissions_county ON admissions (CountyCode, SchoolYear);

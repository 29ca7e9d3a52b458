-- County-managed, school-hired re-appointment rounds (县管校聘 [004]): what was asked and what came of it, per person.
CREATE TABLE rotation_rounds (
    Id         TEXT NOT NULL PRIMARY KEY,
    CountyCode TEXT NOT NULL,
    Name       TEXT NOT NULL,
    RoundDate  TEXT NOT NULL,
    Request    TEXT NOT NULL,
    Result     TEXT NOT NULL,
    CreatedBy  TEXT NOT NULL,
    CreatedAt  TEXT NOT NULL,
    AppliedOn  TEXT NULL,
    Version    INTEGER NOT NULL
);
CREATE INDEX ix_rotation_rounds_county ON rotation_rounds (CountyCode, RoundDate);

-- County-managed, school-hired re-appointment rounds (县管校聘 [004]): what was asked and what came of it, per person.
CREATE TABLE rotation_rounds (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    Name       NVARCHAR(200) NOT NULL,
    RoundDate  DATE NOT NULL,
    Request    NVARCHAR(MAX) NOT NULL,
    Result     NVARCHAR(MAX) NOT NULL,
    CreatedBy  NVARCHAR(100) NOT NULL,
    CreatedAt  DATETIMEOFFSET NOT NULL,
    AppliedOn  DATE NULL,
    Version    INT NOT NULL
);
CREATE INDEX ix_rotation_rounds_county ON rotation_rounds (CountyCode, RoundDate);

-- Every import attempt, taken or refused, so the county's open items list the refused ones not yet imported again.
CREATE TABLE import_journal (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    CountyCode NVARCHAR(6) NOT NULL,
    Sheet      NVARCHAR(100) NOT NULL,
    Title      NVARCHAR(200) NOT NULL,
    FileName   NVARCHAR(260) NULL,
    Actor      NVARCHAR(200) NOT NULL,
    OccurredAt DATETIMEOFFSET NOT NULL,
    Accepted   BIT NOT NULL,
    Detail     NVARCHAR(1000) NULL,
    ErrorCount INT NOT NULL,
    Errors     NVARCHAR(MAX) NULL
);
CREATE INDEX ix_import_journal_county ON import_journal (CountyCode, OccurredAt);

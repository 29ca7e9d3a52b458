-- Every import attempt, taken or refused, so the county's open items list the refused ones not yet imported again.
CREATE TABLE import_journal (
    Id         TEXT NOT NULL PRIMARY KEY,
    CountyCode TEXT NOT NULL,
    Sheet      TEXT NOT NULL,
    Title      TEXT NOT NULL,
    FileName   TEXT NULL,
    Actor      TEXT NOT NULL,
    OccurredAt TEXT NOT NULL,
    Accepted   INTEGER NOT NULL,
    Detail     TEXT NULL,
    ErrorCount INTEGER NOT NULL,
    Errors     TEXT NULL
);
CREATE INDEX ix_import_journal_county ON import_journal (CountyCode, OccurredAt);

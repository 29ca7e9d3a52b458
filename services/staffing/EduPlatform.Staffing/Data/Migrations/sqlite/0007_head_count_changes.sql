-- When the head count of a school and stage was last imported: rotation's events that happened before it are already in it.
ALTER TABLE head_counts ADD COLUMN SnapshotAt TEXT NULL;

-- Head-count changes from rotation's events (hires, departures, placements, returns), each applied once.
CREATE TABLE head_count_changes (
    EventId    TEXT NOT NULL,
    SchoolId   TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Stage      TEXT NOT NULL,
    Delta      INTEGER NOT NULL,
    Reason     TEXT NOT NULL,
    PersonId   TEXT NOT NULL,
    OccurredAt TEXT NOT NULL,
    Applied    INTEGER NOT NULL,
    PRIMARY KEY (EventId, SchoolId)
);
CREATE INDEX ix_head_count_changes_county ON head_count_changes (CountyCode, OccurredAt);

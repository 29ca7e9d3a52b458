-- When the head count of a school and stage was last imported: rotation's events that happened before it are already in it.
ALTER TABLE head_counts ADD SnapshotAt DATETIMEOFFSET NULL;

-- Head-count changes from rotation's events (hires, departures, placements, returns), each applied once.
CREATE TABLE head_count_changes (
    EventId    UNIQUEIDENTIFIER NOT NULL,
    SchoolId   UNIQUEIDENTIFIER NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Stage      NVARCHAR(20) NOT NULL,
    Delta      INT NOT NULL,
    Reason     NVARCHAR(20) NOT NULL,
    PersonId   UNIQUEIDENTIFIER NOT NULL,
    OccurredAt DATETIMEOFFSET NOT NULL,
    Applied    BIT NOT NULL,
    CONSTRAINT pk_head_count_changes PRIMARY KEY (EventId, SchoolId)
);
CREATE INDEX ix_head_count_changes_county ON head_count_changes (CountyCode, OccurredAt);

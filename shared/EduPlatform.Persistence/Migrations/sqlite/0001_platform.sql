-- Outbox, inbox, audit and relay lease: the tables every service's database carries.
CREATE TABLE outbox_messages (
    Sequence    INTEGER PRIMARY KEY AUTOINCREMENT,
    MessageId   TEXT NOT NULL UNIQUE,
    MessageType TEXT NOT NULL,
    CountyCode  TEXT NOT NULL,
    Payload     TEXT NOT NULL,
    CreatedAt   TEXT NOT NULL,
    SentAt      TEXT NULL,
    Attempts    INTEGER NOT NULL DEFAULT 0,
    TraceParent TEXT NULL,
    LastError   TEXT NULL
);
CREATE INDEX ix_outbox_unsent ON outbox_messages (Sequence) WHERE SentAt IS NULL;
CREATE INDEX ix_outbox_sent ON outbox_messages (SentAt) WHERE SentAt IS NOT NULL;

CREATE TABLE inbox_messages (
    MessageId  TEXT NOT NULL,
    Consumer   TEXT NOT NULL,
    ReceivedAt TEXT NOT NULL,
    PRIMARY KEY (MessageId, Consumer)
);

CREATE TABLE audit_log (
    Id         TEXT NOT NULL PRIMARY KEY,
    OccurredAt TEXT NOT NULL,
    Actor      TEXT NOT NULL,
    Action     TEXT NOT NULL,
    EntityType TEXT NOT NULL,
    EntityId   TEXT NOT NULL,
    CountyCode TEXT NOT NULL,
    Before     TEXT NULL,
    After      TEXT NULL
);
CREATE INDEX ix_audit_entity ON audit_log (EntityType, EntityId, OccurredAt);
CREATE INDEX ix_audit_county ON audit_log (CountyCode, OccurredAt);

CREATE TABLE relay_leases (
    Name      TEXT NOT NULL PRIMARY KEY,
    Owner     TEXT NULL,
    ExpiresAt TEXT NOT NULL
);
INSERT INTO relay_leases (Name, Owner, ExpiresAt) VALUES ('outbox', NULL, '0001-01-01T00:00:00.0000000Z');

-- Outbox, inbox, audit and relay lease: the tables every service's database carries.
CREATE TABLE outbox_messages (
    Sequence    BIGINT IDENTITY(1,1) NOT NULL PRIMARY KEY,
    MessageId   UNIQUEIDENTIFIER NOT NULL UNIQUE,
    MessageType NVARCHAR(300) NOT NULL,
    CountyCode  NVARCHAR(6) NOT NULL,
    Payload     NVARCHAR(MAX) NOT NULL,
    CreatedAt   DATETIMEOFFSET NOT NULL,
    SentAt      DATETIMEOFFSET NULL,
    Attempts    INT NOT NULL DEFAULT 0,
    TraceParent NVARCHAR(100) NULL,
    LastError   NVARCHAR(2000) NULL
);
CREATE INDEX ix_outbox_unsent ON outbox_messages (Sequence) WHERE SentAt IS NULL;
CREATE INDEX ix_outbox_sent ON outbox_messages (SentAt) WHERE SentAt IS NOT NULL;

CREATE TABLE inbox_messages (
    MessageId  UNIQUEIDENTIFIER NOT NULL,
    Consumer   NVARCHAR(200) NOT NULL,
    ReceivedAt DATETIMEOFFSET NOT NULL,
    CONSTRAINT pk_inbox PRIMARY KEY (MessageId, Consumer)
);

CREATE TABLE audit_log (
    Id         UNIQUEIDENTIFIER NOT NULL PRIMARY KEY,
    OccurredAt DATETIMEOFFSET NOT NULL,
    Actor      NVARCHAR(200) NOT NULL,
    Action     NVARCHAR(100) NOT NULL,
    EntityType NVARCHAR(100) NOT NULL,
    EntityId   NVARCHAR(100) NOT NULL,
    CountyCode NVARCHAR(6) NOT NULL,
    Before     NVARCHAR(MAX) NULL,
    After      NVARCHAR(MAX) NULL
);
CREATE INDEX ix_audit_entity ON audit_log (EntityType, EntityId, OccurredAt);
CREATE INDEX ix_audit_county ON audit_log (CountyCode, OccurredAt);

CREATE TABLE relay_leases (
    Name      NVARCHAR(100) NOT NULL PRIMARY KEY,
    Owner     NVARCHAR(200) NULL,
    ExpiresAt DATETIMEOFFSET NOT NULL
);
INSERT INTO relay_leases (Name, Owner, ExpiresAt) VALUES ('outbox', NULL, '0001-01-01T00:00:00+00:00');

-- The replay feed reads a county's events in outbox order (GET /api/{service}/events?county=…).
CREATE INDEX ix_outbox_county ON outbox_messages (CountyCode, Sequence);

-- A plan may cover part of the county (the county town's townships); versions, publication and supersession are per area.
ALTER TABLE zone_plans ADD COLUMN Area TEXT NOT NULL DEFAULT '[]';

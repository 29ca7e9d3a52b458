-- A plan may cover part of the county (the county town's townships); versions, publication and supersession are per area.
ALTER TABLE zone_plans ADD Area NVARCHAR(1000) NOT NULL CONSTRAINT df_zone_plans_area DEFAULT '[]';

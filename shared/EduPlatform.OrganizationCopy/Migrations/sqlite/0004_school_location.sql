-- adopt-if-present: column known_schools.Latitude
-- Where each school is (WGS 84), for distances.
ALTER TABLE known_schools ADD COLUMN Latitude REAL NULL;
ALTER TABLE known_schools ADD COLUMN Longitude REAL NULL;

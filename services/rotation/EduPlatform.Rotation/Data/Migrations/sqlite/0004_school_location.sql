-- The shared organization copy keeps where each school is, for distances (zoning reads the same copy).
ALTER TABLE known_schools ADD COLUMN Latitude REAL NULL;
ALTER TABLE known_schools ADD COLUMN Longitude REAL NULL;

-- The shared organization copy keeps where each school is, for distances (zoning reads the same copy).
ALTER TABLE known_schools ADD Latitude FLOAT NULL;
ALTER TABLE known_schools ADD Longitude FLOAT NULL;

-- adopt-if-present: column known_schools.Latitude
-- Where each school is (WGS 84), for distances.
ALTER TABLE known_schools ADD Latitude FLOAT NULL;
ALTER TABLE known_schools ADD Longitude FLOAT NULL;

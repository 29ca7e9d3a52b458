-- adopt-if-present: column known_schools.Locality
-- Locality and township, for the rules that depend on where a school is (rural service, township leagues).
ALTER TABLE known_schools ADD COLUMN Locality TEXT NOT NULL DEFAULT '';
ALTER TABLE known_schools ADD COLUMN Township TEXT NOT NULL DEFAULT '';

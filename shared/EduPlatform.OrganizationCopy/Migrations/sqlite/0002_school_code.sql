-- adopt-if-present: column known_schools.Code
-- School codes, so files can name schools as county offices do.
ALTER TABLE known_schools ADD COLUMN Code TEXT NOT NULL DEFAULT '';

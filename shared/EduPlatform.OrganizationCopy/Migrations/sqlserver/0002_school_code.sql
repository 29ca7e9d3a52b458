-- adopt-if-present: column known_schools.Code
-- School codes, so files can name schools as county offices do.
ALTER TABLE known_schools ADD Code NVARCHAR(20) NOT NULL CONSTRAINT df_known_schools_code DEFAULT '';

-- adopt-if-present: column known_schools.Locality
-- Locality and township, for the rules that depend on where a school is (rural service, township leagues).
ALTER TABLE known_schools ADD Locality NVARCHAR(20) NOT NULL CONSTRAINT df_known_schools_locality DEFAULT '';
ALTER TABLE known_schools ADD Township NVARCHAR(100) NOT NULL CONSTRAINT df_known_schools_township DEFAULT '';

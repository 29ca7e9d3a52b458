-- The organization copy is shared by every consuming service (EduPlatform.OrganizationCopy) and keeps locality and township too.
ALTER TABLE known_schools ADD Locality NVARCHAR(20) NOT NULL CONSTRAINT df_known_schools_locality DEFAULT '';
ALTER TABLE known_schools ADD Township NVARCHAR(100) NOT NULL CONSTRAINT df_known_schools_township DEFAULT '';
